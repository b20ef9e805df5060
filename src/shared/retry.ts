import { NetworkError } from './errors';

/**
 * One retry and timeout policy for every HTTP call Fairline makes, in the browser (ZAF requests, value sources) and in
 * the companion server (Mailbox API, Shopify). Hand-written rather than a library: it is a loop and a race, and the
 * policy must read Help Scout's and Zendesk's own headers and fit in the sidebar's first bundle.
 */
export interface RetryPolicy {
  /** How many times a 429 is retried before giving up. */
  retries: number;
  /** The longest wait we accept from Retry-After; a longer one gives up at once. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  /** How long one request may go unanswered (DEFAULT_TIMEOUT_MS unless set). */
  timeoutMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  maxWaitMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The wait when a 429 says nothing about how long. */
export const FALLBACK_WAIT_MS = 2_000;
export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Retry-After (or Help Scout's X-RateLimit-Retry-After) as milliseconds: seconds or an HTTP date; null when absent or
 * unreadable, for a caller with its own backoff.
 * @example parseRetryAfter('3', Date.now()) // 3000
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * The wait a Retry-After asks for, or FALLBACK_WAIT_MS when it names none.
 * @example retryAfterMs('3', Date.now()) // 3000
 */
export const retryAfterMs = (value: string | null | undefined, now: number): number => parseRetryAfter(value, now) ?? FALLBACK_WAIT_MS;

/** The call's answer, or `onTimeout()`'s error once `ms` have passed without one. */
export function withTimeout<T>(call: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

/** The NetworkError of a call that went unanswered: "The request to Stripe got no answer in 20 s". */
export const noAnswer = (what: string, ms: number) => () => new NetworkError(`${what} got no answer in ${Math.ceil(ms / 1000)} s`);
