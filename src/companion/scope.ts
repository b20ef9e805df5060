import { isId } from './ids';
import type { SessionScope } from './session';

/**
 * The conversation, customer and mailbox a signed page load names. Help Scout's app platform puts context
 * into the callback URL's query (`conversation-id`, as its guide spells it; camelCase is accepted too); its
 * legacy dynamic apps POST a JSON body with `ticket`, `customer` and `mailbox` objects. Only digits count as
 * an id: anything else is treated as absent, so the session cannot reach that kind of resource at all.
 */
const asId = (v: unknown): string | null => {
  const text = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : v;
  return isId(text) ? text : null;
};

const first = (search: URLSearchParams, names: readonly string[]) => {
  for (const name of names) if (search.has(name)) return asId(search.get(name));
  return null;
};

export function scopeFromQuery(search: URLSearchParams): SessionScope {
  return {
    conversationId: first(search, ['conversation-id', 'conversationId']),
    customerId: first(search, ['customer-id', 'customerId']),
    mailboxId: first(search, ['mailbox-id', 'mailboxId']),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown) => (isRecord(v) ? asId(v.id) : null);

/** A legacy dynamic app's body; a draft conversation sends `ticket: false`, which names no conversation. */
export function scopeFromBody(raw: string): SessionScope {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    body = null;
  }
  if (!isRecord(body)) return { conversationId: null, customerId: null, mailboxId: null };
  return { conversationId: idOf(body.ticket), customerId: idOf(body.customer), mailboxId: idOf(body.mailbox) };
}
