import { stemmer as arabicStem } from '@orama/stemmers/arabic';
import { stemmer as englishStem } from '@orama/stemmers/english';
import { originalSpan, type NormalisedText } from './normalise';

/** One word of the customer's text: its stem, and where it stands in the original comment body. */
export interface Token {
  term: string;
  start: number;
  end: number;
  /** Whether a sentence ends right after this word (".", "!", "?", "؟", a line break folded to space is not one). */
  sentenceEnd: boolean;
}

// Letters and digits, with an inner apostrophe ("don't", "i'm"); digits inside Latin words are Arabizi letters (3ayez).
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const ARABIC = /[\u0600-\u06ff]/;
const PLAIN_LATIN = /^[a-z']+$/;

/** Whether a sentence ends at `at`, after any spaces: . ! ? ؟ or …. */
function endsSentence(text: string, at: number): boolean {
  let k = at;
  while (text.charCodeAt(k) === 32) k++;
  const code = text.charCodeAt(k);
  return code === 46 || code === 33 || code === 63 || code === 0x61f || code === 0x2026;
}

// Stemming the same word again is common (every "the", every "you"): a small cache saves most of the work.
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** The stem of a lower-cased word: Snowball's stemmers for English and Arabic; other words as they are. */
export function stemOf(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  let stem = word;
  if (word.length > 3 && PLAIN_LATIN.test(word)) stem = englishStem(word);
  else if (word.length > 2 && ARABIC.test(word)) stem = arabicStem(word);
  if (stems.size < STEM_CACHE_LIMIT) stems.set(word, stem);
  return stem;
}

/**
 * The words of a normalised stretch of text, stemmed, with their spans in the original text.
 * @example tokensOf(normalise('Lawyers, suing!', { deleet: false })).map((t) => t.term) // ['lawyer', 'su']
 */
export function tokensOf(source: NormalisedText): Token[] {
  const tokens: Token[] = [];
  const { text } = source;
  // exec, not matchAll: matchAll clones the expression, and a clone is compiled again for every text.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const at = match.index;
    const after = at + match[0].length;
    const [start, end] = originalSpan(source, at, after);
    tokens.push({ term: stemOf(match[0]), start, end, sentenceEnd: endsSentence(text, after) });
  }
  return tokens;
}
