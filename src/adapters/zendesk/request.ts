import { HttpError, NetworkError, RateLimitedError } from '../types';
import type { ZafClient, ZafCompleteResponse } from './zaf';

export interface RetryPolicy {
  /** How many times a 429 is retried before giving up. */
  retries: number;
  /** The longest wait we accept from Retry-After; a longer one gives up at once. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  /** How long one request may go unanswered; the SDK's `request` has no timeout of its own. */
  timeoutMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  maxWaitMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const FALLBACK_WAIT_MS = 2_000;
export const DEFAULT_TIMEOUT_MS = 20_000;

/** The call's answer, or a NetworkError once `ms` have passed without one. */
export function withTimeout<T>(call: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NetworkError(`${what} got no answer in ${Math.ceil(ms / 1000)} s`)), ms);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers?.[key];
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now: number): number {
  if (value === undefined || value.trim() === '') return FALLBACK_WAIT_MS;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? FALLBACK_WAIT_MS : Math.max(0, date - now);
}

function asComplete(value: unknown): ZafCompleteResponse {
  return typeof value === 'object' && value !== null ? (value as ZafCompleteResponse) : {};
}

function bodyOf(response: ZafCompleteResponse): unknown {
  if (response.responseJSON !== undefined) return response.responseJSON;
  try {
    return JSON.parse(response.responseText ?? '') as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A GET through the agent's Zendesk session; 429 waits for Retry-After and retries, a bounded number of times,
 * and a request that never answers fails after `timeoutMs`.
 */
export async function getJson(client: ZafClient, url: string, policy: RetryPolicy = DEFAULT_RETRY): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let failure: ZafCompleteResponse;
    try {
      const answer = client.request({ url, type: 'GET', httpCompleteResponse: true });
      return bodyOf(asComplete(await withTimeout(answer, policy.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'The request to the helpdesk')));
    } catch (error) {
      if (error instanceof NetworkError) throw error;
      if (error instanceof Error) throw new NetworkError(error.message);
      failure = asComplete(error);
    }
    const status = failure.status ?? 0;
    if (status === 429) {
      const wait = retryAfterMs(header(failure.headers, 'retry-after'), Date.now());
      if (attempt >= policy.retries || wait > policy.maxWaitMs) throw new RateLimitedError(wait);
      await policy.sleep(wait);
      continue;
    }
    if (status === 0) throw new NetworkError('The request to the helpdesk got no answer');
    throw new HttpError(status);
  }
}
