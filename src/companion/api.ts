import { UpstreamError, UpstreamHttpError, UpstreamRateLimited } from './errors';
import type { TokenSource } from './oauth';
import { DEFAULT_RETRY, retryAfterMs, type RetryPolicy } from '../shared/retry';

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** Path under the API base, such as `/v2/conversations/12/threads?page=2`. */
  path: string;
  body?: unknown;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    throw new UpstreamError('Help Scout answered with something that is not JSON');
  }
}

export type ApiCall = (request: ApiRequest) => Promise<ApiAnswer>;

/**
 * One Mailbox API call with a bearer token: a 401 fetches a new token and tries once more; a 429 waits as long
 * as Help Scout asks (X-RateLimit-Retry-After / Retry-After), a bounded number of times.
 */
export function mailboxApi(apiUrl: string, tokens: TokenSource, retry: RetryPolicy = DEFAULT_RETRY): ApiCall {
  return async function call({ method, path, body }) {
    let refreshed = false;
    for (let limited = 0; ; ) {
      const token = await tokens.get();
      let response: Response;
      try {
        response = await fetch(`${apiUrl}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, accept: 'application/hal+json, application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch {
        throw new UpstreamError('Help Scout could not be reached');
      }
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        tokens.invalidate(token);
        continue;
      }
      if (response.status === 429) {
        const wait = retryAfterMs(response.headers.get('x-ratelimit-retry-after') ?? response.headers.get('retry-after'), Date.now());
        if (limited >= retry.retries || wait > retry.maxWaitMs) throw new UpstreamRateLimited(wait);
        limited++;
        await retry.sleep(wait);
        continue;
      }
      if (!response.ok) throw new UpstreamHttpError(response.status);
      const text = await response.text();
      return { status: response.status, body: parseJson(text), headers: response.headers };
    }
  };
}
