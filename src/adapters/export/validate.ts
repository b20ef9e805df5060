import * as v from 'valibot';
import { firstIssue } from '../http/json';

export type Report = (message: string) => void;

const rawId = (raw: unknown) => {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'number' || typeof id === 'string' ? String(id) : 'without an id';
};

/** Each record that fits its schema, mapped; each one that does not is named (`what`: "Zendesk ticket") in one plain line and skipped. */
export function each<S extends v.GenericSchema, T>(list: readonly unknown[], schema: S, what: string, report: Report, map: (r: v.InferOutput<S>) => T | null): T[] {
  const out: T[] = [];
  for (const raw of list) {
    const parsed = v.safeParse(schema, raw);
    if (!parsed.success) {
      report(`${what} ${rawId(raw)} skipped: ${firstIssue(parsed.issues)}.`);
      continue;
    }
    const mapped = map(parsed.output);
    if (mapped !== null) out.push(mapped);
  }
  return out;
}
