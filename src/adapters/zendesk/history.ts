import type { HistoryTicket } from '../../rules';
import { InvalidDataError } from '../../shared/errors';
import type { RetryPolicy } from '../../shared/retry';
import { getJson } from './request';
import type { ZafClient } from './zaf';

const DAY_MS = 86_400_000;
export const HISTORY_DAYS = 365;
export const PAGE_SIZE = 100;
export const PAGE_CAP = 5;
/** Newest activity first: with cursor pagination Zendesk sorts by `sort` (`-` for descending), by id otherwise. */
export const HISTORY_SORT = '-updated_at';

export interface HistoryPage {
  tickets: HistoryTicket[];
  /** True when the page cap stopped us before the end of the list. */
  truncated: boolean;
}

interface ApiTicket {
  id?: unknown;
  subject?: unknown;
  description?: unknown;
  created_at?: unknown;
  updated_at?: unknown;
  status?: unknown;
  tags?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

function toHistory(t: ApiTicket): HistoryTicket | null {
  const createdAt = text(t.created_at);
  if (!createdAt || Number.isNaN(Date.parse(createdAt))) return null;
  const ticket: HistoryTicket = { createdAt, tags: Array.isArray(t.tags) ? t.tags.filter((x): x is string => typeof x === 'string') : [] };
  if (typeof t.id === 'number' || typeof t.id === 'string') ticket.id = t.id;
  const subject = text(t.subject);
  if (subject !== undefined) ticket.subject = subject;
  const description = text(t.description);
  if (description !== undefined) ticket.description = description.slice(0, 20_000);
  const status = text(t.status);
  if (status !== undefined) ticket.status = status;
  return ticket;
}

/** Only a next page on the same API is followed; anything else ends the walk. */
function nextUrl(body: Record<string, unknown>): string | null {
  const meta = isRecord(body.meta) ? body.meta : {};
  const links = isRecord(body.links) ? body.links : {};
  if (meta.has_more !== true || typeof links.next !== 'string') return null;
  const next = new URL(links.next, 'https://placeholder.invalid');
  return next.pathname.startsWith('/api/v2/') ? `${next.pathname}${next.search}` : null;
}

/** When the ticket last changed; a ticket not updated since the window opened was also created before it. */
function lastActivity(raw: unknown): number {
  if (!isRecord(raw)) return Number.NaN;
  const updated = Date.parse(text(raw.updated_at) ?? '');
  return Number.isNaN(updated) ? Date.parse(text(raw.created_at) ?? '') : updated;
}

/** No time later than the one before it (unreadable times are skipped). */
const newestFirst = (times: number[]) => times.filter((t) => !Number.isNaN(t)).every((t, i, all) => i === 0 || t <= (all[i - 1] ?? t));

/**
 * The requester's earlier tickets from the last 365 days, excluding the open one, by cursor pagination
 * (`page[size]`, `links.next`, `meta.has_more`), most recently updated first, up to a page cap. The walk stops
 * at the first page that reaches a ticket last updated before the window: every ticket after it is older.
 */
export async function readHistory(client: ZafClient, requesterId: string | number, openTicketId: string | number | undefined, now: Date, retry?: RetryPolicy): Promise<HistoryPage> {
  const since = now.getTime() - HISTORY_DAYS * DAY_MS;
  const tickets: HistoryTicket[] = [];
  let url: string | null = `/api/v2/users/${encodeURIComponent(String(requesterId))}/tickets/requested.json?page[size]=${PAGE_SIZE}&sort=${HISTORY_SORT}`;
  for (let page = 0; url !== null; page++) {
    if (page === PAGE_CAP) return { tickets, truncated: true };
    const body = await getJson(client, url, retry);
    if (!isRecord(body) || !Array.isArray(body.tickets)) throw new InvalidDataError('The ticket history is not a list of tickets');
    const times = (body.tickets as unknown[]).map(lastActivity);
    // Only a page in the order asked for can end the walk; one in any other order may have newer tickets after it.
    const reachedOlder = times.some((t) => t < since) && newestFirst(times);
    for (const raw of body.tickets as unknown[]) {
      const ticket = isRecord(raw) ? toHistory(raw) : null;
      if (!ticket || String(ticket.id) === String(openTicketId)) continue;
      if (Date.parse(ticket.createdAt) >= since) tickets.push(ticket);
    }
    url = reachedOlder ? null : nextUrl(body);
  }
  return { tickets, truncated: false };
}
