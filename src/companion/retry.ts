export interface RetryPolicy {
  /** How many times a 429 is retried before giving up. */
  retries: number;
  /** The longest wait accepted from Help Scout; a longer one gives up at once. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  maxWaitMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const FALLBACK_WAIT_MS = 2_000;

/** Help Scout sends X-RateLimit-Retry-After (seconds); standard Retry-After may be seconds or an HTTP date. */
export function retryAfterMs(headers: Headers, now: number): number {
  const value = headers.get('x-ratelimit-retry-after') ?? headers.get('retry-after');
  if (value === null || value.trim() === '') return FALLBACK_WAIT_MS;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? FALLBACK_WAIT_MS : Math.max(0, date - now);
}
