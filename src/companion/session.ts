import { createHmac, randomBytes } from 'node:crypto';
import { isId } from './ids';
import { sameSignature } from './signature';

/** What one signed page load was for: each id is digits, or null when Help Scout did not send it. */
export interface SessionScope {
  conversationId: string | null;
  customerId: string | null;
  mailboxId: string | null;
}

export type SessionCheck = { ok: true; scope: SessionScope } | { ok: false; reason: 'missing' | 'forged' | 'expired' };

/**
 * The page Help Scout loads is signed; the page's later calls to /api are not. So the signed page load is
 * exchanged for a short-lived token, put into the page, which the panel sends as `Authorization: Bearer`.
 * The token carries the conversation, customer and mailbox of that load, and the routes allow nothing else.
 * It is not tied to an agent's permissions. The key is random per process, so a restart ends every session.
 */
export interface SessionKeys {
  issue(scope: SessionScope, now: number): string;
  verify(token: string | undefined, now: number): SessionCheck;
}

const idOrNull = (v: unknown): string | null => (isId(v) ? v : null);

interface Claims {
  exp: number;
  scope: SessionScope;
}

function readClaims(body: string): Claims | null {
  try {
    const raw: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (typeof raw !== 'object' || raw === null) return null;
    const { exp, c, u, m } = raw as Record<string, unknown>;
    if (typeof exp !== 'number') return null;
    return { exp, scope: { conversationId: idOrNull(c), customerId: idOrNull(u), mailboxId: idOrNull(m) } };
  } catch {
    return null;
  }
}

export function createSessionKeys(ttlMs: number, key: Buffer = randomBytes(32)): SessionKeys {
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    issue({ conversationId, customerId, mailboxId }, now) {
      const claims = { exp: now + ttlMs, n: randomBytes(8).toString('hex'), c: conversationId, u: customerId, m: mailboxId };
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${body}.${mac(body)}`;
    },
    verify(token, now) {
      if (!token) return { ok: false, reason: 'missing' };
      const [body, tag, extra] = token.split('.');
      if (!body || !tag || extra !== undefined || !sameSignature(tag, mac(body))) return { ok: false, reason: 'forged' };
      const claims = readClaims(body);
      if (claims === null) return { ok: false, reason: 'forged' };
      return now < claims.exp ? { ok: true, scope: claims.scope } : { ok: false, reason: 'expired' };
    },
  };
}
