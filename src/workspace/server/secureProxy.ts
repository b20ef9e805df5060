import * as v from 'valibot';
import { signValueJwt } from '../../companion/jwt';
import { VALUE_HOSTS } from '../demo/values';
import { SOURCE_FAULTS, type SourceFault } from '../faults';
import type { ApiResponse } from '../zendeskApi';
import { jsonAnswer, type FakeRequest } from './fakes/http';
import { putSettingsIn, type SecureSettings } from './secureSettings';

const Message = v.object({
  options: v.object({
    url: v.pipe(v.string(), v.url()),
    type: v.optional(v.picklist(['GET', 'POST', 'PUT', 'DELETE'])),
    headers: v.optional(v.record(v.string(), v.string())),
    secure: v.optional(v.boolean()),
    jwt: v.optional(v.object({ algorithm: v.literal('HS256'), secret_key: v.string(), expiry: v.optional(v.number()), claims: v.optional(v.record(v.string(), v.unknown())) })),
  }),
  faults: v.array(v.picklist(SOURCE_FAULTS)),
});

type Fake = (request: FakeRequest, faults: ReadonlySet<SourceFault>) => ApiResponse;

export interface ProxyDeps {
  settings: SecureSettings;
  scopes: ReadonlyMap<string, string[]>;
  stripe: Fake;
  endpoint: Fake;
  /** The demo companion's loopback address, which the companion host stands for. */
  companionUrl: () => string;
  /** Tells the fake Shopify which faults hold while the companion reads it for this request. */
  setShopifyFaults: (faults: ReadonlySet<SourceFault>) => void;
  now: () => number;
}

const refused = (message: string) => jsonAnswer(400, { error: 'ProxyRefused', description: message });
const DEFAULT_JWT_SECONDS = 300;

/** Headers with the secure settings in (secure requests only) and the JWT the proxy signed where `{{jwt.token}}` stands. */
function headersFor(options: v.InferOutput<typeof Message>['options'], deps: ProxyDeps): Record<string, string> | { error: string } {
  let token: string | null = null;
  if (options.jwt) {
    if (!options.secure) return { error: 'a JWT is only signed for a secure request' };
    const secret = putSettingsIn(options.jwt.secret_key, 'jwt_secret_key', deps.settings, deps.scopes);
    if ('error' in secret) return secret;
    const iat = Math.floor(deps.now() / 1000);
    token = signValueJwt({ ...options.jwt.claims, iat, exp: iat + (options.jwt.expiry ?? DEFAULT_JWT_SECONDS) }, secret.text);
  }
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(options.headers ?? {})) {
    let value = token === null ? raw : raw.replaceAll('{{jwt.token}}', token);
    if (options.secure) {
      const put = putSettingsIn(value, 'header', deps.settings, deps.scopes);
      if ('error' in put) return put;
      value = put.text;
    }
    headers[name.toLowerCase()] = value;
  }
  return headers;
}

async function forward(url: URL, method: string, headers: Record<string, string>): Promise<ApiResponse> {
  try {
    const response = await fetch(url, { method, headers });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: passed on as text, as the proxy does.
    }
    const retryAfter = response.headers.get('retry-after');
    return { status: response.status, body, headers: { 'content-type': response.headers.get('content-type') ?? 'text/plain', ...(retryAfter ? { 'retry-after': retryAfter } : {}) } };
  } catch {
    return jsonAnswer(502, { error: 'BadGateway', description: `${url.host} could not be reached` });
  }
}

/**
 * The workspace's stand-in for Zendesk's request proxy: it takes the app's request as the browser sent it (secure
 * settings still placeholders), puts the secrets in on this side, signs the JWT, and sends it to the fake Stripe, the
 * fake shop endpoint or the real companion server. What goes back to the page is the upstream's answer only.
 */
export async function answerThroughProxy(raw: unknown, deps: ProxyDeps): Promise<ApiResponse> {
  const parsed = v.safeParse(Message, raw);
  if (!parsed.success) return refused(`The request is not one the proxy takes (${parsed.issues[0].path?.map((p) => String(p.key)).join('.') ?? 'body'})`);
  const { options } = parsed.output;
  const faults = new Set(parsed.output.faults);
  const headers = headersFor(options, deps);
  if ('error' in headers) return refused(`Zendesk's proxy refuses the request: ${headers.error}`);
  const url = new URL(options.url);
  const request: FakeRequest = { method: options.type ?? 'GET', url, headers };
  if (url.protocol !== 'https:') return refused('The proxy only makes HTTPS requests');
  if (url.host === VALUE_HOSTS.stripe) return deps.stripe(request, faults);
  if (url.host === VALUE_HOSTS.endpoint) return deps.endpoint(request, faults);
  if (url.host === VALUE_HOSTS.companion) {
    deps.setShopifyFaults(faults);
    return forward(new URL(`${url.pathname}${url.search}`, deps.companionUrl()), request.method, headers);
  }
  return jsonAnswer(502, { error: 'BadGateway', description: `The local workspace plays no server at ${url.host}` });
}
