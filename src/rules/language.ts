import { LANGUAGES, type Comment, type Language } from './types';

const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;
const LATIN_LETTER = /[a-z]/gi;

export function localeLanguage(locale: string | undefined): Language | null {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary) ?? null;
}

/** How many Arabic and Latin letters the first 5,000 characters of a text hold: enough to tell its script. */
function letterCounts(text: string): { arabic: number; latin: number } {
  const sample = text.slice(0, 5000);
  return { arabic: sample.match(ARABIC_LETTER)?.length ?? 0, latin: sample.match(LATIN_LETTER)?.length ?? 0 };
}

/** The language of a text by its script: Arabic when it holds more Arabic letters than Latin ones, else `fallback`. */
export function scriptLanguage(text: string, fallback: Language = 'en'): Language {
  const { arabic, latin } = letterCounts(text);
  return arabic > latin ? 'ar' : latin > arabic ? 'en' : fallback;
}

/**
 * The reply language: the customer's locale, then the script the customer wrote in, then English (SPEC §8).
 * @example replyLanguage('fr-FR', [{ author: 'customer', body: 'مرحبا' }]) // 'ar'
 */
export function replyLanguage(locale: string | undefined, comments: readonly Comment[]): Language {
  const fromLocale = localeLanguage(locale);
  if (fromLocale) return fromLocale;
  let arabic = 0;
  let latin = 0;
  for (const c of comments) {
    if (c.author !== 'customer') continue;
    const counts = letterCounts(c.body);
    arabic += counts.arabic;
    latin += counts.latin;
  }
  return arabic > latin ? 'ar' : 'en';
}
