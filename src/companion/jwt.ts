import { createHmac } from 'node:crypto';
import { sameSignature } from './signature';

/** What a JWT signed by Zendesk's proxy for one value request carries. */
export interface ValueClaims {
  email: string;
}

export type JwtCheck = { ok: true; claims: ValueClaims } | { ok: false; reason: string };

const decode = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  } catch {
    return null;
  }
};
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an HS256 JWT from Zendesk's proxy (`client.request({ jwt })` with the `jwt_secret_key` secure setting): the
 * algorithm must be HS256 (never "none"), the signature the shared secret's, `exp` in the future, and `email` present.
 */
export function verifyValueJwt(token: string, secret: string, nowMs: number): JwtCheck {
  if (secret === '') return { ok: false, reason: 'This server has no FAIRLINE_ZENDESK_JWT_SECRET, so it takes no requests from Zendesk.' };
  const [header, body, signature, extra] = token.split('.');
  if (!header || !body || !signature || extra !== undefined) return { ok: false, reason: 'The token is not a JWT.' };
  const head = decode(header);
  if (!isRecord(head) || head.alg !== 'HS256') return { ok: false, reason: 'The token must be signed with HS256.' };
  const expected = createHmac('sha256', secret).update(`${header}.${body}`).digest('base64url');
  if (!sameSignature(signature, expected)) return { ok: false, reason: 'The token was not signed with the shared secret.' };
  const claims = decode(body);
  if (!isRecord(claims) || typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs) return { ok: false, reason: 'The token has expired.' };
  if (typeof claims.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(claims.email)) return { ok: false, reason: 'The token names no customer e-mail.' };
  return { ok: true, claims: { email: claims.email } };
}

/** Signs like Zendesk's proxy does; for tests and the local workspace's stand-in proxy. */
export function signValueJwt(claims: Record<string, unknown>, secret: string): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
