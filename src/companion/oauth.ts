import { UpstreamError, UpstreamHttpError } from './errors';

export interface TokenSource {
  /** A bearer token, fetched once and reused until shortly before it expires. */
  get(): Promise<string>;
  /** Forgets the cached token, after the API refused it with 401. */
  invalidate(token: string): void;
}

export interface OAuthOptions {
  /** Where the token is asked for: Help Scout's `/v2/oauth2/token`, a shop's `/admin/oauth/access_token`. */
  tokenUrl: string;
  /** Who is asked, for messages: "Help Scout", "Shopify". */
  service?: string;
  appId: string;
  appSecret: string;
  now: () => number;
}

/** Refresh this long before the stated expiry, so a token never expires in flight. */
const EARLY_MS = 60_000;

/**
 * OAuth2 client credentials: Help Scout's Mailbox API, and Shopify's Admin API, which since 2026 gives a merchant's own
 * app only short-lived tokens this way. One request in flight however many callers wait; refreshed before it expires.
 */
export function clientCredentials({ tokenUrl, service = 'Help Scout', appId, appSecret, now }: OAuthOptions): TokenSource {
  let cached: { token: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    let response: Response;
    try {
      response = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: appSecret }).toString(),
      });
    } catch {
      throw new UpstreamError(`${service} could not be reached for a token`);
    }
    if (!response.ok) throw new UpstreamHttpError(response.status, `${service} refused the app credentials (HTTP ${response.status})`);
    const body = (await response.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
    if (typeof body?.access_token !== 'string') throw new UpstreamError(`${service} sent a token answer without access_token`);
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
