import { HttpError, NetworkError, RateLimitedError } from '../../shared/errors';
import { parseRetryAfter } from '../../shared/retry';

/** How a long export answers a helpdesk that slows it down or stumbles: bounded, with the waits injectable. */
export interface ExportRetryPolicy {
  /** How many 429 answers in a row are waited out before giving up. */
  rateLimitRetries: number;
  /** How many 5xx answers or failed connections in a row are retried before giving up. */
  serverErrorRetries: number;
  /** The first wait when the helpdesk names none (429 without Retry-After, 5xx); it doubles on each retry. */
  backoffMs: number;
  /** The longest wait accepted; a longer Retry-After gives up at once. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Hears every wait, so the command can say why it paused. */
  onWait?: (ms: number, why: string) => void;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const DEFAULT_EXPORT_RETRY: ExportRetryPolicy = {
  rateLimitRetries: 10,
  serverErrorRetries: 5,
  backoffMs: 2_000,
  maxWaitMs: 10 * 60_000,
  sleep,
  now: Date.now,
};

/** Retry-After (or Help Scout's X-RateLimit-Retry-After) as milliseconds; null when absent. */
export const retryAfterHeader = (headers: Headers, now: number): number | null => parseRetryAfter(headers.get('retry-after') ?? headers.get('x-ratelimit-retry-after'), now);

/** A 4xx answer in plain words. */
function refusal(what: string, status: number): string {
  if (status === 401) return `${what} refused the credentials (HTTP 401)`;
  if (status === 403) return `${what} refused access (HTTP 403): the exports need an administrator's credentials`;
  if (status === 404) return `${what} has no such address (HTTP 404): check the account's subdomain or API address`;
  return `${what} answered with HTTP ${status}`;
}

/**
 * Sends a request until it gets an answer that is not 429 or 5xx: a 429 waits as long as Retry-After says (or an
 * exponential backoff without it), a 5xx or a failed connection backs off exponentially, each a bounded number of
 * times in a row. Any other answer is returned (2xx) or thrown as HttpError; giving up throws RateLimitedError,
 * HttpError or NetworkError.
 */
export async function sendWithRetry(send: () => Promise<Response>, policy: ExportRetryPolicy, what: string): Promise<Response> {
  let limited = 0;
  let failed = 0;
  for (;;) {
    let response: Response | null = null;
    try {
      response = await send();
    } catch (error) {
      if (failed >= policy.serverErrorRetries) throw new NetworkError(`${what} could not be reached (${(error as Error).message})`);
    }
    if (response?.ok) return response;
    if (response?.status === 429) {
      const asked = retryAfterHeader(response.headers, policy.now());
      const wait = asked ?? policy.backoffMs * 2 ** limited;
      if (limited >= policy.rateLimitRetries || wait > policy.maxWaitMs) throw new RateLimitedError(wait, `${what} is still rate limiting after ${limited} waits`);
      limited++;
      await response.body?.cancel();
      policy.onWait?.(wait, asked === null ? 'rate limited (no Retry-After)' : 'rate limited');
      await policy.sleep(wait);
      continue;
    }
    if (response && response.status < 500) {
      await response.body?.cancel();
      throw new HttpError(response.status, refusal(what, response.status));
    }
    if (response && failed >= policy.serverErrorRetries) throw new HttpError(response.status, `${what} answered with HTTP ${response.status} ${failed + 1} times in a row`);
    await response?.body?.cancel();
    const wait = Math.min(policy.backoffMs * 2 ** failed, policy.maxWaitMs);
    failed++;
    policy.onWait?.(wait, response ? `HTTP ${response.status}` : 'no connection');
    await policy.sleep(wait);
  }
}
