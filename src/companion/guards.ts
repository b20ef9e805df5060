import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Mailbox } from './mailbox';
import type { SessionCheck, SessionKeys, SessionScope } from './session';

declare module 'fastify' {
  interface FastifyRequest {
    /** What the bearer token's signed page load was for; set by the session check before any /api route. */
    scope: SessionScope | null;
  }
}

const REFUSED: Record<Exclude<SessionCheck, { ok: true }>['reason'], string> = {
  missing: 'There is no session: open the app from a Help Scout conversation.',
  forged: 'The session token is not one this server issued: reopen the conversation to reload the app.',
  expired: 'The session has expired: reopen the conversation to reload the app.',
};

/** Every /api call must carry a token from a signed page load; its scope goes onto the request. */
export function sessionCheck(sessions: SessionKeys, now: () => number) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const auth = request.headers.authorization;
    const check = sessions.verify(auth?.startsWith('Bearer ') ? auth.slice(7) : undefined, now());
    if (!check.ok) return reply.code(401).send({ error: REFUSED[check.reason] });
    request.scope = check.scope;
  };
}

const scopeOf = (request: FastifyRequest): SessionScope => request.scope ?? { conversationId: null, customerId: null, mailboxId: null };
const idParam = (request: FastifyRequest) => (request.params as { id: string }).id;

/** The route's conversation must be the one Help Scout loaded the app for. */
export async function ownConversation(request: FastifyRequest, reply: FastifyReply) {
  const { conversationId } = scopeOf(request);
  const id = idParam(request);
  if (conversationId === null) return reply.code(403).send({ error: 'This session was not opened on a conversation, so it cannot read or change one.' });
  if (id !== conversationId) {
    return reply.code(403).send({ error: `This session was opened for conversation ${conversationId} and cannot read or change conversation ${id}: reopen that conversation to reload the app.` });
  }
}

/**
 * The route's customer must be the one Help Scout loaded the app for. When the signed load named a conversation
 * but no customer, the conversation's primary customer, read from the Mailbox API, is the one allowed.
 */
export function ownCustomer(mailbox: Mailbox) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const { conversationId, customerId } = scopeOf(request);
    const id = idParam(request);
    const allowed = customerId ?? (conversationId === null ? null : await mailbox.primaryCustomer(conversationId));
    if (allowed === null) return reply.code(403).send({ error: 'This session was not opened for a customer, so it cannot read a customer’s conversations.' });
    if (id !== allowed) return reply.code(403).send({ error: `This session was opened for customer ${allowed} and cannot read the conversations of customer ${id}.` });
  };
}
