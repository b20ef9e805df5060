import { assess, parseTicketContext, type Language, type Settings } from '../rules';

/** Assesses one JSONL line; a bad line becomes `{ id, error }` so the run goes on. */
export function assessLine(line: string, settings: Settings, clock: Date, locale: Language | null): string {
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
    return JSON.stringify(assess(parsed.context, settings, clock, override));
  } catch (error) {
    // The rules never throw on a valid context; this keeps one bad line from ending the run if they ever do.
    return JSON.stringify({ id: parsed.context.id, error: `could not be assessed (${(error as Error).message})` });
  }
}
