import { HttpError, NetworkError, RateLimitedError } from '../../shared/errors';
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, noAnswer, retryAfterMs, withTimeout, type RetryPolicy } from '../../shared/retry';
import type { ZafClient, ZafCompleteResponse, ZafRequestOptions } from './zaf';

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers?.[key];
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

/** Who answers a request, for its errors: "Stripe is rate limiting requests". */
export interface RequestTarget {
  name: string;
}

const HELPDESK: RequestTarget = { name: 'the helpdesk' };

/**
 * A request through ZAF (the agent's Zendesk session, or Zendesk's proxy for other hosts); 429 waits for Retry-After
 * and retries, a bounded number of times, and a request that never answers fails after `timeoutMs`.
 */
export async function requestJson(client: ZafClient, options: ZafRequestOptions, policy: RetryPolicy = DEFAULT_RETRY, target: RequestTarget = HELPDESK): Promise<unknown> {
  const timeoutMs = policy.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const who = target.name.charAt(0).toUpperCase() + target.name.slice(1);
  for (let attempt = 0; ; attempt++) {
    let failure: ZafCompleteResponse;
    try {
      const answer = client.request({ type: 'GET', ...options, httpCompleteResponse: true });
      return bodyOf(asComplete(await withTimeout(answer, timeoutMs, noAnswer(`The request to ${target.name}`, timeoutMs))));
    } catch (error) {
      if (error instanceof NetworkError) throw error;
      if (error instanceof Error) throw new NetworkError(error.message);
      failure = asComplete(error);
    }
    const status = failure.status ?? 0;
    if (status === 429) {
      const wait = retryAfterMs(header(failure.headers, 'retry-after'), Date.now());
      if (attempt >= policy.retries || wait > policy.maxWaitMs) throw new RateLimitedError(wait, `${who} is rate limiting requests`);
      await policy.sleep(wait);
      continue;
    }
    if (status === 0) throw new NetworkError(`The request to ${target.name} got no answer`);
    throw new HttpError(status, `${who} answered with HTTP ${status}`);
  }
}

/** A GET of the Zendesk API through the agent's session. */
export const getJson = (client: ZafClient, url: string, policy: RetryPolicy = DEFAULT_RETRY): Promise<unknown> => requestJson(client, { url, type: 'GET' }, policy);
