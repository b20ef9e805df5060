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

/** One id under either spelling; two spellings that disagree name no id, since neither can be trusted over the other. */
const either = (params: Readonly<Record<string, string>>, names: readonly string[]) => {
  const ids = new Set(names.filter((name) => Object.hasOwn(params, name)).map((name) => params[name]));
  const [only] = ids;
  return ids.size === 1 ? asId(only) : null;
};

/** The scope of a query that passed `verifiedQuery`: built from exactly the parameters the signature covered. */
export function scopeFromQuery(params: Readonly<Record<string, string>>): SessionScope {
  return {
    conversationId: either(params, ['conversation-id', 'conversationId']),
    customerId: either(params, ['customer-id', 'customerId']),
    mailboxId: either(params, ['mailbox-id', 'mailboxId']),
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
