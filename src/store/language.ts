import { LANGUAGES, type Language } from '../rules/types';

/** The panel's language from the agent's locale (`ar-SA` → `ar`); English for anything else. */
export function uiLanguage(locale: string | undefined): Language {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary) ?? 'en';
}
