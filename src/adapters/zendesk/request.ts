import { HttpError, NetworkError, RateLimitedError } from '../types';
import type { ZafClient, ZafCompleteResponse } from './zaf';

export interface RetryPolicy {
  /** How many times a 429 is retried before giving up. */
  retries: number;
  /** The longest wait we accept from Retry-After; a longer one gives up at once. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  maxWaitMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const FALLBACK_WAIT_MS = 2_000;

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

/** A GET through the agent's Zendesk session; 429 waits for Retry-After and retries, a bounded number of times. */
export async function getJson(client: ZafClient, url: string, policy: RetryPolicy = DEFAULT_RETRY): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let failure: ZafCompleteResponse;
    try {
      return bodyOf(asComplete(await client.request({ url, type: 'GET', httpCompleteResponse: true })));
    } catch (error) {
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
