import * as v from 'valibot';
import { ACTIONS, litmus, scriptLanguage, type Language, type Settings } from '../rules';
import { localeLanguage } from '../rules/language';
import { parseJsonLine, type InputLine } from './lines';

// One reply to check: `{ "id", "text", "action"?, "locale"? }` (issue 12).
const LitmusRequest = v.object({
  id: v.union([v.pipe(v.string(), v.check((s) => s.trim() !== '', 'must not be empty or only spaces')), v.number()], 'should be text or a number'),
  text: v.string('should be text'),
  action: v.optional(v.nullable(v.picklist(ACTIONS, `must be one of ${ACTIONS.join(', ')}`))),
  locale: v.optional(v.string('should be text')),
});

const idOf = (raw: unknown) => {
  const id = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { id?: unknown }).id : null;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
};

/** One answer: `{ id, pass, findings }`, or `{ id, line, error }` for a line that holds no reply to check. */
function checkLine(line: InputLine, settings: Settings, locale: Language | null): string {
  const json = parseJsonLine(line);
  if ('answer' in json) return json.answer;
  const raw = json.value;
  const { number } = line;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return JSON.stringify({ id: null, line: number, error: 'the line should be an object with "id" and "text"' });
  const parsed = v.safeParse(LitmusRequest, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    const reason = issue?.received === 'undefined' ? 'is missing' : (issue?.message ?? 'is not valid');
    return JSON.stringify({ id: idOf(raw), line: number, error: `"${path}" ${reason}` });
  }
  const { id, text: reply, action, locale: replyLocale } = parsed.output;
  const language = locale ?? localeLanguage(replyLocale) ?? scriptLanguage(reply);
  try {
    return JSON.stringify({ id, ...litmus(reply, { action: action ?? null, language, settings }) });
  } catch (error) {
    return JSON.stringify({ id, line: number, error: `could not be checked (${(error as Error).message})` });
  }
}

/** Checks JSONL lines of replies, one answer per line in order; a bad line gets its error and the rest go on. */
export const checkLines = (lines: readonly InputLine[], settings: Settings, locale: Language | null): string[] => lines.map((line) => checkLine(line, settings, locale));
