import { UpstreamError, UpstreamHttpError } from './errors';

export interface TokenSource {
  /** A bearer token, fetched once and reused until shortly before it expires. */
  get(): Promise<string>;
  /** Forgets the cached token, after the API refused it with 401. */
  invalidate(token: string): void;
}

export interface OAuthOptions {
  apiUrl: string;
  appId: string;
  appSecret: string;
  now: () => number;
}

/** Refresh this long before the stated expiry, so a token never expires in flight. */
const EARLY_MS = 60_000;

/** OAuth2 client credentials (POST /v2/oauth2/token); one request in flight however many callers wait. */
export function clientCredentials({ apiUrl, appId, appSecret, now }: OAuthOptions): TokenSource {
  let cached: { token: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    let response: Response;
    try {
      response = await fetch(`${apiUrl}/v2/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: appSecret }).toString(),
      });
    } catch {
      throw new UpstreamError('Help Scout could not be reached for a token');
    }
    if (!response.ok) throw new UpstreamHttpError(response.status, `Help Scout refused the app credentials (HTTP ${response.status})`);
    const body = (await response.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
    if (typeof body?.access_token !== 'string') throw new UpstreamError('Help Scout sent a token answer without access_token');
    const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
    cached = { token: body.access_token, expiresAt: now() + seconds * 1000 - EARLY_MS };
    return body.access_token;
  }

  return {
    get() {
      if (cached && now() < cached.expiresAt) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => (pending = null));
      return pending;
    },
    invalidate(token) {
      if (cached?.token === token) cached = null;
    },
  };
}
