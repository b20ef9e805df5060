import type { ApiCall } from './api';
import type { ApiConversation as EarlierConversation, ApiThread as Thread } from '../shared/companionWire';
import { UpstreamError } from './errors';

const DAY_MS = 86_400_000;
export const HISTORY_DAYS = 365;
/** Help Scout pages hold 25 (threads) or 25–50 (conversations); five pages is plenty for one customer. */
export const PAGE_CAP = 5;

export interface Paged<T> {
  items: T[];
  /** The page cap stopped the walk before the end. */
  truncated: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function embedded(body: unknown, key: string): { list: unknown[]; totalPages: number } {
  if (!isRecord(body)) throw new UpstreamError('Help Scout answered without a body');
  const list = isRecord(body._embedded) ? body._embedded[key] : [];
  if (list !== undefined && !Array.isArray(list)) throw new UpstreamError(`Help Scout's ${key} are not a list`);
  const page = isRecord(body.page) ? body.page : {};
  return { list: list ?? [], totalPages: num(page.totalPages) ?? 1 };
}

function toThread(raw: unknown): Thread | null {
  if (!isRecord(raw) || num(raw.id) === null) return null;
  const by = isRecord(raw.createdBy) ? { type: str(raw.createdBy.type), id: num(raw.createdBy.id) } : null;
  return { id: num(raw.id)!, type: str(raw.type), state: str(raw.state) || null, body: str(raw.body).slice(0, 200_000), createdAt: str(raw.createdAt) || null, createdBy: by };
}

function toConversation(raw: unknown): EarlierConversation | null {
  if (!isRecord(raw) || num(raw.id) === null || Number.isNaN(Date.parse(str(raw.createdAt)))) return null;
  const tags = Array.isArray(raw.tags) ? raw.tags.map((t) => (isRecord(t) ? str(t.tag) : str(t))).filter(Boolean) : [];
  return { id: num(raw.id)!, number: num(raw.number), subject: str(raw.subject), preview: str(raw.preview).slice(0, 20_000), status: str(raw.status), createdAt: str(raw.createdAt), tags };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** Help Scout renders a reply's text as HTML; the panel's reply is plain text with blank lines between paragraphs. */
export const textToHtml = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');

/** The few Mailbox API 2.0 reads and writes the panel needs. Ids are checked by the routes. */
export function mailbox(call: ApiCall, now: () => number) {
  async function conversation(id: string) {
    const { body } = await call({ method: 'GET', path: `/v2/conversations/${id}` });
    if (!isRecord(body)) throw new UpstreamError('Help Scout sent no conversation');
    const customer = isRecord(body.primaryCustomer) ? num(body.primaryCustomer.id) : null;
    const tags = Array.isArray(body.tags) ? body.tags.map((t) => (isRecord(t) ? str(t.tag) : '')).filter(Boolean) : [];
    return { customer, tags };
  }

  return {
    /** The id of the conversation's primary customer, as digits, or null when it has none. */
    async primaryCustomer(conversationId: string): Promise<string | null> {
      const { customer } = await conversation(conversationId);
      return customer === null ? null : String(customer);
    },

    /** Every thread of the open conversation, as Help Scout lists them (newest first), up to the page cap. */
    async threads(conversationId: string): Promise<Paged<Thread>> {
      const items: Thread[] = [];
      for (let page = 1; ; page++) {
        const { body } = await call({ method: 'GET', path: `/v2/conversations/${conversationId}/threads?page=${page}` });
        const { list, totalPages } = embedded(body, 'threads');
        items.push(...list.map(toThread).filter((t): t is Thread => t !== null));
        if (page >= totalPages) return { items, truncated: false };
        if (page >= PAGE_CAP) return { items, truncated: true };
      }
    },

    /** The customer's other conversations of the last 365 days, newest first, so the walk stops at the first older one. */
    async history(customerId: string, excludeId: string | undefined): Promise<Paged<EarlierConversation>> {
      const since = now() - HISTORY_DAYS * DAY_MS;
      const items: EarlierConversation[] = [];
      const query = new URLSearchParams({ query: `(customerIds:${customerId})`, status: 'all', sortField: 'createdAt', sortOrder: 'desc' });
      for (let page = 1; ; page++) {
        query.set('page', String(page));
        const { body } = await call({ method: 'GET', path: `/v2/conversations?${query}` });
        const { list, totalPages } = embedded(body, 'conversations');
        const found = list.map(toConversation).filter((c): c is EarlierConversation => c !== null);
        const recent = found.filter((c) => Date.parse(c.createdAt) >= since);
        items.push(...recent.filter((c) => String(c.id) !== excludeId));
        if (recent.length < found.length || page >= totalPages) return { items, truncated: false };
        if (page >= PAGE_CAP) return { items, truncated: true };
      }
    },

    /** A draft reply to the conversation's customer: saved, never sent. */
    async createDraft(conversationId: string, text: string): Promise<{ id: string | null }> {
      const { customer } = await conversation(conversationId);
      if (customer === null) throw new UpstreamError('The conversation has no customer to reply to');
      const { headers } = await call({ method: 'POST', path: `/v2/conversations/${conversationId}/reply`, body: { customer: { id: customer }, text: textToHtml(text), draft: true } });
      return { id: headers.get('resource-id') };
    },

    /** Help Scout's tag call replaces the whole list, so the current tags are read and kept. */
    async addTags(conversationId: string, tags: readonly string[]): Promise<string[]> {
      const current = (await conversation(conversationId)).tags;
      const merged = [...new Set([...current, ...tags])];
      if (merged.length > current.length) await call({ method: 'PUT', path: `/v2/conversations/${conversationId}/tags`, body: { tags: merged } });
      return merged;
    },
  };
}

export type Mailbox = ReturnType<typeof mailbox>;
