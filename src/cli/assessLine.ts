import { assess, parseTicketContext, type Assessment, type Language, type Settings } from '../rules';

export type Format = (assessment: Assessment) => string;

export const asJson: Format = (a) => JSON.stringify(a);

/** One readable line: id, tier, behaviour with its first evidence, action. */
export const asSummary: Format = ({ id, ltv, behaviour, response }) => {
  const evidence = behaviour.signals.find((s) => s.kind !== 'our_mistake')?.evidence ?? behaviour.signals[0]?.evidence;
  const action = response.variant ? `${response.action} (${response.variant})` : response.action;
  return `${id.padEnd(20)} ${ltv.tier.padEnd(8)} ${behaviour.primary.padEnd(19)} → ${action.padEnd(28)}${evidence ? ` "${evidence.replace(/\s+/g, ' ').slice(0, 60)}"` : ''}`;
};

/** Assesses one JSONL line; a bad line becomes `{ id, error }` so the run goes on. */
export function assessLine(line: string, settings: Settings, clock: Date, locale: Language | null, format: Format = asJson): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ id: null, error: `not valid JSON (${(error as Error).message})` });
  }
  const parsed = parseTicketContext(raw);
  if (!parsed.ok) return JSON.stringify({ id: parsed.id, error: parsed.error });
  try {
    const override = locale ? { language: locale } : {};
    return format(assess(parsed.context, settings, clock, override));
  } catch (error) {
    // The rules never throw on a valid context; this keeps one bad line from ending the run if they ever do.
    return JSON.stringify({ id: parsed.context.id, error: `could not be assessed (${(error as Error).message})` });
  }
}
