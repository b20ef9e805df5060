import { panel as ar } from '../../translations/ar.json';
import { panel as en } from '../../translations/en.json';
import type { Language } from '../rules';

const NOTES: Record<Language, Record<string, string>> = { en: en.note, ar: ar.note };
const OPTIONAL = /\[\[([^[\]]*)\]\]/g;
const SLOT = /\{(\w+)\}/g;

/**
 * Fills `{slot}`s as the reply templates do: an optional part `[[…]]` stays only when every slot in it has a value,
 * and an empty slot is left out, so no braces ever show.
 * @example fillNote('Forward to counsel[[ ({counselEmail})]].', { counselEmail: '' }) // 'Forward to counsel.'
 */
export function fillNote(template: string, values: Record<string, string>): string {
  const value = (name: string) => values[name]?.trim() ?? '';
  const kept = template.replace(OPTIONAL, (_, part: string) => ([...part.matchAll(SLOT)].every((m) => value(m[1] ?? '') !== '') ? part : ''));
  return kept.replace(SLOT, (_, name: string) => value(name));
}

/**
 * The internal note in the agent's language. The rules word it in English; it is recognised by that wording
 * (translations/en.json `panel.note`) and shown from the same key in `language`. A note the translations do not
 * know stays in the rules' English rather than risk showing another note.
 */
export function noteIn(language: Language, note: string | null, counselEmail: string): string | null {
  if (note === null) return null;
  const values = { counselEmail };
  const key = Object.keys(NOTES.en).find((k) => fillNote(NOTES.en[k] ?? '', values) === note);
  const translated = key === undefined ? undefined : NOTES[language][key];
  return translated === undefined ? note : fillNote(translated, values);
}
