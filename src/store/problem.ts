import { DraftConflictError, HttpError, InvalidDataError, NetworkError, RateLimitedError } from '../shared/errors';

// draft_public / draft_internal: the editor holds the agent's draft of the other kind, so nothing went in.
export const PROBLEM_CODES = ['rate_limited', 'network', 'http', 'invalid_data', 'draft_public', 'draft_internal', 'failed'] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A failure as the panel words it: a code for the message and the values it needs. */
export interface Problem {
  code: ProblemCode;
  values: Record<string, string | number>;
}

export function toProblem(error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof DraftConflictError) return { code: error.draft === 'public' ? 'draft_public' : 'draft_internal', values: {} };
  if (error instanceof RateLimitedError) return { code: 'rate_limited', values: { seconds: Math.ceil(error.retryAfterMs / 1000) } };
  if (error instanceof NetworkError) return { code: 'network', values: { detail } };
  if (error instanceof HttpError) return { code: 'http', values: { status: error.status } };
  if (error instanceof InvalidDataError) return { code: 'invalid_data', values: { detail } };
  return { code: 'failed', values: { detail } };
}
