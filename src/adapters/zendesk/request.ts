import { HttpError, NetworkError, RateLimitedError } from '../../shared/errors';
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, noAnswer, retryAfterMs, withTimeout, type RetryPolicy } from '../../shared/retry';
import type { ZafClient, ZafCompleteResponse } from './zaf';

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

/**
 * A GET through the agent's Zendesk session; 429 waits for Retry-After and retries, a bounded number of times,
 * and a request that never answers fails after `timeoutMs`.
 */
export async function getJson(client: ZafClient, url: string, policy: RetryPolicy = DEFAULT_RETRY): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let failure: ZafCompleteResponse;
    try {
      const answer = client.request({ url, type: 'GET', httpCompleteResponse: true });
      return bodyOf(asComplete(await withTimeout(answer, policy.timeoutMs ?? DEFAULT_TIMEOUT_MS, noAnswer('The request to the helpdesk', policy.timeoutMs ?? DEFAULT_TIMEOUT_MS))));
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
