import type { Comment, Customer, Ticket } from '../../rules';
import type { ReadWarning } from '../../shared/adapter';
import { InvalidDataError } from '../../shared/errors';
import type { FieldKeys } from '../../shared/fieldKeys';
import { htmlToText } from '../../shared/html';
import type { ZafClient, ZafResult } from './zaf';

export interface TicketRead {
  ticket: Ticket;
  customer: Customer;
  warnings: ReadWarning[];
}

const MAX_COMMENT_HTML = 200_000;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const idOf = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? v : undefined);

/** A user field value as a number; Zendesk returns decimals as text. */
function numberField(v: unknown): number | null {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function toComment(raw: unknown, requesterId: unknown): Comment | null {
  if (!isRecord(raw) || typeof raw.value !== 'string' || !isRecord(raw.author)) return null;
  const author = raw.author;
  const customer = author.role === 'end-user' || (requesterId !== undefined && author.id === requesterId);
  const comment: Comment = { author: customer ? 'customer' : 'agent', body: htmlToText(raw.value.slice(0, MAX_COMMENT_HTML)) };
  const createdAt = text(raw.createdAt);
  if (createdAt && !Number.isNaN(Date.parse(createdAt))) comment.createdAt = createdAt;
  const isPublic = raw.public ?? raw.isPublic;
  if (typeof isPublic === 'boolean') comment.public = isPublic;
  return comment;
}

/** Oldest first, whatever order ZAF lists them in. */
function byTime(comments: Comment[]): Comment[] {
  const time = (c: Comment) => (c.createdAt ? Date.parse(c.createdAt) : Number.NaN);
  if (comments.some((c) => Number.isNaN(time(c)))) return comments;
  return [...comments].sort((a, b) => time(a) - time(b));
}

const has = (result: ZafResult, path: string) => path in result && !result.errors?.[path];

/** Reads the open ticket and its requester in one `get`; a path that fails becomes a warning, not a crash. */
export async function readTicket(client: ZafClient, keys: FieldKeys): Promise<TicketRead> {
  const ltvPath = `ticket.requester.customField:${keys.ltv}`;
  const orderPath = `ticket.requester.customField:${keys.orderCount}`;
  const result = await client.get(['ticket.id', 'ticket.subject', 'ticket.createdAt', 'ticket.tags', 'ticket.comments', 'ticket.requester', ltvPath, orderPath]);
  if (!isRecord(result) || !has(result, 'ticket.id')) throw new InvalidDataError('The open ticket could not be read');
  const warnings: ReadWarning[] = [];

  const requester = isRecord(result['ticket.requester']) ? result['ticket.requester'] : null;
  if (!requester) warnings.push({ code: 'requester_missing' });
  const rawComments = Array.isArray(result['ticket.comments']) ? (result['ticket.comments'] as unknown[]) : [];
  const comments = rawComments.map((c) => toComment(c, requester?.id)).filter((c): c is Comment => c !== null);
  if (comments.length < rawComments.length) warnings.push({ code: 'comments_unreadable', values: { count: rawComments.length - comments.length } });

  const lifetimeValue = has(result, ltvPath) ? numberField(result[ltvPath]) : null;
  if (requester && lifetimeValue === null) warnings.push({ code: 'ltv_missing', values: { field: keys.ltv } });
  const orderCount = has(result, orderPath) ? numberField(result[orderPath]) : null;
  if (requester && orderCount === null) warnings.push({ code: 'order_count_missing', values: { field: keys.orderCount } });

  const ticket: Ticket = { tags: strings(result['ticket.tags']), comments: byTime(comments) };
  const ticketId = idOf(result['ticket.id']);
  if (ticketId !== undefined) ticket.id = ticketId;
  const subject = text(result['ticket.subject']);
  if (subject !== undefined) ticket.subject = subject;
  const createdAt = text(result['ticket.createdAt']);
  if (createdAt && !Number.isNaN(Date.parse(createdAt))) ticket.createdAt = createdAt;

  const customer: Customer = { lifetimeValue, orderCount: orderCount === null ? null : Math.max(0, Math.round(orderCount)), tags: strings(requester?.tags) };
  for (const key of ['id', 'name', 'email', 'locale'] as const) {
    const value = key === 'id' ? idOf(requester?.[key]) : text(requester?.[key]);
    if (value !== undefined) Object.assign(customer, { [key]: value });
  }
  return { ticket, customer, warnings };
}
