/** What went wrong talking to the Mailbox API, as the routes turn it into an answer for the panel. */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
}

/** Help Scout still rate limited us after the bounded retries, or asked for a longer wait than we accept. */
export class UpstreamRateLimited extends UpstreamError {
  override name = 'UpstreamRateLimited';
  constructor(readonly retryAfterMs: number, message = 'Help Scout is rate limiting requests') {
    super(message);
  }
}

export class UpstreamHttpError extends UpstreamError {
  override name = 'UpstreamHttpError';
  constructor(readonly status: number, message = `Help Scout answered with HTTP ${status}`) {
    super(message);
  }
}
