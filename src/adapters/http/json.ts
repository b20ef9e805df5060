import * as v from 'valibot';
import { InvalidDataError } from '../../shared/errors';

/** A JSON answer's body checked against the page shape it should have; a page that is not one ends the walk in plain words. */
export async function pageOf<T extends v.GenericSchema>(response: Response, schema: T, what: string): Promise<v.InferOutput<T>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new InvalidDataError(`${what} is not JSON`);
  }
  const parsed = v.safeParse(schema, body);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new InvalidDataError(`${what} is not in the expected shape (${path ? `"${path}" ` : ''}${issue?.message ?? 'unknown'})`);
}

/** The first problem of a record that failed its schema, in plain words. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `"${path}" ` : ''}${issue?.received === 'undefined' ? 'is missing' : (issue?.message ?? 'is not valid')}`;
}
