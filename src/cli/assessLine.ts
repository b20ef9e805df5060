import { assess, assessEach, parseTicketContext, type Assessment, type Language, type Settings, type TicketContext } from '../rules';
import { parseJsonLine, type InputLine } from './lines';

export type Format = (assessment: Assessment) => string;

export const asJson: Format = (a) => JSON.stringify(a);

// Control and format characters (escape sequences, bidi overrides) in an id or a customer's words would act on the
// terminal instead of showing: they are written as \u escapes.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const printable = (text: string) => text.replace(UNPRINTABLE, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);

/** One readable line: id, tier, behaviour with its first evidence, action. */
export const asSummary: Format = ({ id, ltv, behaviour, response }) => {
  const evidence = behaviour.signals.find((s) => s.kind !== 'our_mistake')?.evidence ?? behaviour.signals[0]?.evidence;
  const action = response.variant ? `${response.action} (${response.variant})` : response.action;
  const quoted = evidence ? ` "${printable(evidence.replace(/\s+/g, ' ').slice(0, 60))}"` : '';
  return `${printable(id).padEnd(20)} ${ltv.tier.padEnd(8)} ${behaviour.primary.padEnd(19)} → ${action.padEnd(28)}${quoted}`;
};

/** Lines that arrive together (one read of the input) are assessed in batches of at most this many. */
export const BATCH_SIZE = 256;

/** A line read: the context it holds, or the answer it gets instead. */
type ReadLine = { context: TicketContext } | { answer: string };

function readLine(line: InputLine): ReadLine {
  const json = parseJsonLine(line);
  if ('answer' in json) return json;
  const parsed = parseTicketContext(json.value);
  return parsed.ok ? { context: parsed.context } : { answer: JSON.stringify({ id: parsed.id, line: line.number, error: parsed.error }) };
}

function assessOne(context: TicketContext, line: number, settings: Settings, clock: Date, locale: Language | null, format: Format): string {
  let assessment: Assessment;
  try {
    assessment = assess(context, settings, clock, locale ? { language: locale } : {});
  } catch (error) {
    // The rules never throw on a valid context; this keeps one bad line from ending the run if they ever do.
    return JSON.stringify({ id: context.id, line, error: `could not be assessed (${(error as Error).message})` });
  }
  return formatted(assessment, line, format);
}

/** The answer's line; one too large to write (past the longest string V8 can make) says so and the run goes on. */
function formatted(assessment: Assessment, line: number, format: Format): string {
  try {
    return format(assessment);
  } catch (error) {
    return JSON.stringify({ id: assessment.id, line, error: `the answer could not be written (${(error as Error).message})` });
  }
}

/**
 * Assesses JSONL lines together, one answer per line in order; a bad line becomes `{ id, line, error }` (the line's
 * number in the input) and the rest go on.
 * The lines' contexts are assessed as one batch, which is faster than one by one and gives the same answers.
 */
export function assessLines(lines: readonly InputLine[], settings: Settings, clock: Date, locale: Language | null, format: Format = asJson): string[] {
  const read = lines.map(readLine);
  const contexts = read.flatMap((r) => ('context' in r ? [r.context] : []));
  let assessed: Assessment[] | null = null;
  try {
    assessed = assessEach(contexts, settings, clock, locale ? { language: locale } : {});
  } catch {
    // Should a context ever make the rules throw, each is assessed alone, so that only its own line says so.
  }
  let k = 0;
  return read.map((r, n) => {
    if ('answer' in r) return r.answer;
    const assessment = assessed?.[k++];
    const { number } = lines[n]!;
    return assessment ? formatted(assessment, number, format) : assessOne(r.context, number, settings, clock, locale, format);
  });
}

/** Assesses one JSONL line, as the first of its input; a bad line becomes `{ id, line, error }` so the run goes on. */
export function assessLine(line: string, settings: Settings, clock: Date, locale: Language | null, format: Format = asJson): string {
  return assessLines([{ text: line, number: 1 }], settings, clock, locale, format)[0] ?? '';
}
