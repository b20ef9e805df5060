/** Failures of any call to a helpdesk or a value source, typed so the store can word them (store/problem.ts). */
export class AdapterError extends Error {
  override name = 'AdapterError';
}

/** The helpdesk asked us to slow down; `retryAfterMs` is how long it asked for. */
export class RateLimitedError extends AdapterError {
  override name = 'RateLimitedError';
  constructor(readonly retryAfterMs: number, message = 'The helpdesk is rate limiting requests') {
    super(message);
  }
}

/** The request never got an HTTP answer, or a call to the helpdesk frame failed or timed out. */
export class NetworkError extends AdapterError {
  override name = 'NetworkError';
}

export class HttpError extends AdapterError {
  override name = 'HttpError';
  constructor(readonly status: number, message = `The helpdesk answered with HTTP ${status}`) {
    super(message);
  }
}

/** The helpdesk answered, but not in the shape we expected. */
export class InvalidDataError extends AdapterError {
  override name = 'InvalidDataError';
}

/**
 * The editor holds the agent's draft of the other kind (a public reply while a note was to go in, or the reverse).
 * Switching the editor would publish a note or hide a reply, so nothing was changed.
 */
export class DraftConflictError extends AdapterError {
  override name = 'DraftConflictError';
  constructor(readonly draft: 'public' | 'internal', message = `The editor already holds ${draft === 'public' ? 'a public reply' : 'an internal note'} draft`) {
    super(message);
  }
}
