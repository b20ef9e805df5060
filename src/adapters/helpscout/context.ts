import type { Comment, Customer, HistoryTicket, Ticket } from '../../rules';
import type { ReadWarning } from '../../shared/adapter';
import { InvalidDataError } from '../../shared/errors';
import type { FieldKeys } from '../../shared/fieldKeys';
import { htmlToText } from '../../shared/html';
import type { ApiConversation, ApiThread } from '../../shared/companionWire';
import type { HelpScoutContext } from './sdk';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const validTime = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : undefined);

/** The open conversation and its customer as the SDK gives them; no text yet, that comes from the threads. */
export interface OpenConversation {
  id: number;
  subject: string;
  tags: string[];
  customer: Customer;
  warnings: ReadWarning[];
}

/** A customer property by slug or name, compared without case; Help Scout keeps every value as text. */
function property(customer: Record<string, unknown>, key: string): number | null {
  const properties = Array.isArray(customer.properties) ? (customer.properties as unknown[]) : [];
  const wanted = key.toLowerCase();
  const found = properties.find((p) => isRecord(p) && [p.slug, p.name].some((n) => typeof n === 'string' && n.toLowerCase() === wanted));
  const raw = isRecord(found) ? (found.value ?? found.text) : undefined;
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw.replace(/[,\s]/g, '')) : raw;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function emailOf(customer: Record<string, unknown>): string | undefined {
  const emails = Array.isArray(customer.emails) ? (customer.emails as unknown[]).filter(isRecord) : [];
  return text((emails.find((e) => e.default === true) ?? emails[0])?.value);
}

/** Reads what the SDK knows: the conversation, its tags, and the customer with LTV and order count from properties. */
export function openConversation(context: HelpScoutContext, keys: FieldKeys): OpenConversation {
  const conversation: unknown = context.conversation;
  if (!isRecord(conversation) || typeof conversation.id !== 'number') throw new InvalidDataError('No conversation is open');
  const warnings: ReadWarning[] = [];
  const raw: unknown = context.customer;
  const customer: Customer = { lifetimeValue: null, orderCount: null, tags: [] };
  if (isRecord(raw) && typeof raw.id === 'number') {
    customer.id = raw.id;
    const name = [text(raw.firstName), text(raw.lastName)].filter((s) => s && s.trim() !== '').join(' ');
    if (name) customer.name = name;
    const email = emailOf(raw);
    if (email) customer.email = email;
    customer.lifetimeValue = property(raw, keys.ltv);
    if (customer.lifetimeValue === null) warnings.push({ code: 'ltv_missing', values: { field: keys.ltv } });
    const orders = property(raw, keys.orderCount);
    customer.orderCount = orders === null ? null : Math.max(0, Math.round(orders));
    if (orders === null) warnings.push({ code: 'order_count_missing', values: { field: keys.orderCount } });
  } else {
    warnings.push({ code: 'requester_missing' });
  }
  const tags = Array.isArray(conversation.tags) ? (conversation.tags as unknown[]).map((t) => (isRecord(t) ? text(t.tag) : text(t))) : [];
  return { id: conversation.id, subject: text(conversation.subject) ?? '', tags: tags.filter((t): t is string => !!t), customer, warnings };
}

/** Activity lines and unsent drafts are not part of the conversation the customer sees. */
const SKIPPED_TYPES = new Set(['lineitem']);

function toComment(thread: ApiThread): Comment | null {
  if (SKIPPED_TYPES.has(thread.type) || thread.state === 'draft' || thread.state === 'hidden') return null;
  const fromCustomer = thread.createdBy?.type === 'customer' || thread.type === 'customer';
  const comment: Comment = { author: fromCustomer ? 'customer' : 'agent', body: htmlToText(thread.body), public: thread.type !== 'note' };
  const createdAt = validTime(thread.createdAt);
  if (createdAt) comment.createdAt = createdAt;
  return comment;
}

/** The open conversation as a ticket: threads oldest first (Help Scout lists them newest first). */
export function toTicket(open: OpenConversation, threads: readonly ApiThread[]): { ticket: Ticket; unreadable: number } {
  const valid = threads.filter((t) => isRecord(t) && typeof t.body === 'string' && typeof t.type === 'string');
  const comments = valid.map(toComment).filter((c): c is Comment => c !== null);
  const time = (c: Comment) => (c.createdAt ? Date.parse(c.createdAt) : Number.NaN);
  const ordered = comments.some((c) => Number.isNaN(time(c))) ? [...comments].reverse() : [...comments].sort((a, b) => time(a) - time(b));
  const ticket: Ticket = { id: open.id, subject: open.subject, tags: open.tags, comments: ordered };
  const first = ordered[0]?.createdAt;
  if (first) ticket.createdAt = first;
  return { ticket, unreadable: threads.length - valid.length };
}

export function toHistory(conversations: readonly ApiConversation[]): HistoryTicket[] {
  return conversations.flatMap((c) => {
    const createdAt = isRecord(c) ? validTime(c.createdAt) : undefined;
    if (!createdAt) return [];
    const ticket: HistoryTicket = { id: c.id, createdAt, tags: Array.isArray(c.tags) ? c.tags.filter((t) => typeof t === 'string') : [] };
    if (typeof c.subject === 'string') ticket.subject = c.subject;
    if (typeof c.preview === 'string') ticket.description = htmlToText(c.preview);
    if (typeof c.status === 'string') ticket.status = c.status;
    return [ticket];
  });
}
