/** The companion server's settings, read once from the environment; every problem is reported, in plain words, at once. */

export interface CompanionConfig {
  /** OAuth2 client credentials of a Help Scout "My App" (Your Profile → My Apps). */
  appId: string;
  appSecret: string;
  /** The secret key entered when the sidebar app was created (Manage → Apps → Create App). */
  signatureSecret: string;
  port: number;
  host: string;
  /** Mailbox API base; only tests and the local workspace point it elsewhere. */
  apiUrl: string;
  /** Whether the panel may save drafts and add tags through the API; off means copy to clipboard. */
  writeDrafts: boolean;
  /** How long the token issued to a signed page load stays valid. */
  sessionTtlMs: number;
  /** Fairline's settings (thresholds, names, field keys) as JSON, handed to the panel. */
  settings: Record<string, unknown>;
  /** Origins allowed to frame the app (Content-Security-Policy frame-ancestors). */
  frameAncestors: string[];
  /** The shop's Admin API (`https://{shop}.myshopify.com`) and its own app's client credentials; null when not used. */
  shopify: { shopUrl: string; clientId: string; clientSecret: string } | null;
  /** The secret Zendesk's proxy signs value requests with (the app's `companion_jwt_secret`); empty: Zendesk is refused. */
  zendeskJwtSecret: string;
}

export type ConfigResult = { ok: true; config: CompanionConfig } | { ok: false; errors: string[] };

type Env = Record<string, string | undefined>;

const REQUIRED = {
  HELPSCOUT_APP_ID: 'the App ID of the Help Scout OAuth app the server reads the Mailbox API with',
  HELPSCOUT_APP_SECRET: 'the App Secret of that OAuth app',
  HELPSCOUT_SIGNATURE_SECRET: 'the secret key of the sidebar app, used to check X-HelpScout-Signature',
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function integer(env: Env, name: string, fallback: number, min: number, max: number, errors: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  errors.push(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  return fallback;
}

function settingsFrom(raw: string | undefined, errors: string[]): Record<string, unknown> {
  if (!raw?.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isRecord(parsed)) return parsed;
  } catch {
    // Reported below.
  }
  errors.push('FAIRLINE_SETTINGS must be a JSON object, such as {"vipThreshold": 1500}.');
  return {};
}

function url(env: Env, name: string, fallback: string, errors: string[]): string {
  const raw = env[name]?.trim() || fallback;
  try {
    return new URL(raw).toString().replace(/\/$/, '');
  } catch {
    errors.push(`${name} must be an absolute URL; it is "${raw}".`);
    return fallback;
  }
}

/** Reads the configuration; a missing or malformed variable becomes one line of `errors`. */
export function readConfig(env: Env): ConfigResult {
  const errors: string[] = [];
  for (const [name, meaning] of Object.entries(REQUIRED)) {
    if (!env[name]?.trim()) errors.push(`${name} is not set: it is ${meaning}.`);
  }
  const flag = env.FAIRLINE_WRITE_DRAFTS?.trim().toLowerCase() ?? '';
  if (!['', 'on', 'off', 'true', 'false', '1', '0'].includes(flag)) errors.push(`FAIRLINE_WRITE_DRAFTS must be "on" or "off"; it is "${flag}".`);
  const config: CompanionConfig = {
    appId: env.HELPSCOUT_APP_ID?.trim() ?? '',
    appSecret: env.HELPSCOUT_APP_SECRET?.trim() ?? '',
    signatureSecret: env.HELPSCOUT_SIGNATURE_SECRET ?? '',
    port: integer(env, 'PORT', 3000, 0, 65_535, errors),
    host: env.HOST?.trim() || '127.0.0.1',
    apiUrl: url(env, 'HELPSCOUT_API_URL', 'https://api.helpscout.net', errors),
    writeDrafts: ['on', 'true', '1'].includes(flag),
    sessionTtlMs: integer(env, 'FAIRLINE_SESSION_TTL_SECONDS', 1800, 60, 86_400, errors) * 1000,
    settings: settingsFrom(env.FAIRLINE_SETTINGS, errors),
    frameAncestors: (env.FAIRLINE_FRAME_ANCESTORS?.trim() || 'https://secure.helpscout.net').split(/\s+/),
    shopify: null,
    zendeskJwtSecret: '',
  };
  const shopUrl = env.SHOPIFY_SHOP_URL?.trim();
  const clientId = env.SHOPIFY_CLIENT_ID?.trim() ?? '';
  const clientSecret = env.SHOPIFY_CLIENT_SECRET?.trim() ?? '';
  if (shopUrl && (!clientId || !clientSecret)) errors.push('SHOPIFY_SHOP_URL is set, so SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET (the shop app\'s client credentials) must be too.');
  config.shopify = shopUrl ? { shopUrl: url(env, 'SHOPIFY_SHOP_URL', shopUrl, errors), clientId, clientSecret } : null;
  config.zendeskJwtSecret = env.FAIRLINE_ZENDESK_JWT_SECRET ?? '';
  if (config.zendeskJwtSecret !== '' && config.zendeskJwtSecret.length < 32) errors.push('FAIRLINE_ZENDESK_JWT_SECRET must be at least 32 characters: it is all that stands between the internet and your shop\'s figures.');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}
