import { createHmac, randomBytes } from 'node:crypto';
import { sameSignature } from './signature';

/**
 * The page Help Scout loads is signed; the page's later calls to /api are not. So the signed page load is
 * exchanged for a short-lived token, put into the page, which the panel sends as `Authorization: Bearer`.
 * The token proves "this browser loaded the app from Help Scout less than ttl ago", nothing more: it is not
 * tied to an agent's permissions. The key is random per process, so a restart ends every session.
 */
export interface SessionKeys {
  issue(now: number): string;
  verify(token: string | undefined, now: number): boolean;
}

export function createSessionKeys(ttlMs: number, key: Buffer = randomBytes(32)): SessionKeys {
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    issue(now) {
      const body = Buffer.from(JSON.stringify({ exp: now + ttlMs, n: randomBytes(8).toString('hex') })).toString('base64url');
      return `${body}.${mac(body)}`;
    },
    verify(token, now) {
      const [body, tag, extra] = token?.split('.') ?? [];
      if (!body || !tag || extra !== undefined || !sameSignature(tag, mac(body))) return false;
      try {
        const { exp } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { exp?: unknown };
        return typeof exp === 'number' && now < exp;
      } catch {
        return false;
      }
    },
  };
}
