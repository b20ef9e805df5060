import { assess, assessEach, parseTicketContext, type Assessment, type Language, type Settings, type TicketContext } from '../rules';

export type Format = (assessment: Assessment) => string;

export const asJson: Format = (a) => JSON.stringify(a);

/** One readable line: id, tier, behaviour with its first evidence, action. */
export const asSummary: Format = ({ id, ltv, behaviour, response }) => {
  const evidence = behaviour.signals.find((s) => s.kind !== 'our_mistake')?.evidence ?? behaviour.signals[0]?.evidence;
  const action = response.variant ? `${response.action} (${response.variant})` : response.action;
  return `${id.padEnd(20)} ${ltv.tier.padEnd(8)} ${behaviour.primary.padEnd(19)} → ${action.padEnd(28)}${evidence ? ` "${evidence.replace(/\s+/g, ' ').slice(0, 60)}"` : ''}`;
};

/** Lines that arrive together (one read of the input) are assessed in batches of at most this many. */
export const BATCH_SIZE = 256;

/** A line read: the context it holds, or the answer it gets instead. */
type ReadLine = { context: TicketContext } | { answer: string };

function readLine(line: string): ReadLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { answer: JSON.stringify({ id: null, error: `not valid JSON (${(error as Error).message})` }) };
  }
  const parsed = parseTicketContext(raw);
  return parsed.ok ? { context: parsed.context } : { answer: JSON.stringify({ id: parsed.id, error: parsed.error }) };
}

function assessOne(context: TicketContext, settings: Settings, clock: Date, locale: Language | null, format: Format): string {
  let assessment: Assessment;
  try {
    assessment = assess(context, settings, clock, locale ? { language: locale } : {});
  } catch (error) {
    // The rules never throw on a valid context; this keeps one bad line from ending the run if they ever do.
    return JSON.stringify({ id: context.id, error: `could not be assessed (${(error as Error).message})` });
  }
  return formatted(assessment, format);
}

/** The answer's line; one too large to write (past the longest string V8 can make) says so and the run goes on. */
function formatted(assessment: Assessment, format: Format): string {
  try {
    return format(assessment);
  } catch (error) {
    return JSON.stringify({ id: assessment.id, error: `the answer could not be written (${(error as Error).message})` });
  }
}

/**
 * Assesses JSONL lines together, one answer per line in order; a bad line becomes `{ id, error }` and the rest go on.
 * The lines' contexts are assessed as one batch, which is faster than one by one and gives the same answers.
 */
export function assessLines(lines: readonly string[], settings: Settings, clock: Date, locale: Language | null, format: Format = asJson): string[] {
  const read = lines.map(readLine);
  const contexts = read.flatMap((r) => ('context' in r ? [r.context] : []));
  let assessed: Assessment[] | null = null;
  try {
    assessed = assessEach(contexts, settings, clock, locale ? { language: locale } : {});
  } catch {
    // Should a context ever make the rules throw, each is assessed alone, so that only its own line says so.
  }
  let k = 0;
  return read.map((r) => {
    if ('answer' in r) return r.answer;
    const assessment = assessed?.[k++];
    return assessment ? formatted(assessment, format) : assessOne(r.context, settings, clock, locale, format);
  });
}

/** Assesses one JSONL line; a bad line becomes `{ id, error }` so the run goes on. */
export function assessLine(line: string, settings: Settings, clock: Date, locale: Language | null, format: Format = asJson): string {
  return assessLines([line], settings, clock, locale, format)[0] ?? '';
}
