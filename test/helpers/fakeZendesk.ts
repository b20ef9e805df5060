import { fakeServer, type Fault, type FakeServer } from './fakeApi';

/** A ticket, a user and a comment as Zendesk's API writes them (only the fields a pull reads, and a few it does not). */
export interface ZendeskTicket {
  id: number;
  requester_id: number | null;
  subject: string;
  description: string;
  status: string;
  tags: string[];
  created_at: string;
  updated_at: string;
  [more: string]: unknown;
}

export interface ZendeskUser {
  id: number;
  name: string;
  email: string;
  locale: string;
  role: string;
  tags: string[];
  user_fields: Record<string, unknown>;
  [more: string]: unknown;
}

export interface ZendeskComment {
  id: number;
  ticket_id: number;
  author_id: number;
  body: string;
  html_body: string;
  public: boolean;
  created_at: string;
}

export interface ZendeskData {
  tickets: unknown[];
  users: unknown[];
  comments: ZendeskComment[];
}

export interface FakeZendeskOptions {
  /** Tickets a page of the ticket export (Zendesk: 1000). */
  ticketPageSize?: number;
  /** Events a page of the ticket-event export (Zendesk: 1000). */
  eventPageSize?: number;
  /** Comments a page of one ticket's comments. */
  commentPageSize?: number;
  authorization?: string;
  fault?: (url: URL, n: number) => Fault | null;
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const field = (raw: unknown, name: string) => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined);

/**
 * Zendesk's Support API for a pull, over real HTTP on loopback: the cursor-based incremental ticket export with users
 * side-loaded, the time-based ticket-event export with comment events, and one ticket's comments, in the shapes of
 * Zendesk's documentation (end_of_stream, after_cursor, after_url, end_time, next_page, child_events of event_type
 * Comment, meta.has_more, links.next).
 */
export async function fakeZendesk(data: ZendeskData, options: FakeZendeskOptions = {}): Promise<FakeServer> {
  const { ticketPageSize = 1000, eventPageSize = 1000, commentPageSize = 100, authorization } = options;
  const byUpdate = [...data.tickets].sort((a, b) => Date.parse(String(field(a, 'updated_at'))) - Date.parse(String(field(b, 'updated_at'))));
  const usersById = new Map(data.users.map((u) => [field(u, 'id'), u]));
  const events = [...data.comments].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  let base = '';
  const server = await fakeServer(
    (url, request) => {
      if (authorization && request.headers.authorization !== authorization) return { status: 401, body: { error: 'Couldn\'t authenticate you' } };
      const q = url.searchParams;
      if (url.pathname === '/api/v2/incremental/tickets/cursor.json') {
        const from = q.has('cursor') ? Number(Buffer.from(q.get('cursor')!, 'base64url').toString()) : byUpdate.findIndex((t) => seconds(String(field(t, 'updated_at'))) >= Number(q.get('start_time')));
        const start = from < 0 ? byUpdate.length : from;
        const tickets = byUpdate.slice(start, start + ticketPageSize);
        const end = start + tickets.length;
        const cursor = Buffer.from(String(end)).toString('base64url');
        const requesters = [...new Set(tickets.map((t) => field(t, 'requester_id')))].map((id) => usersById.get(id)).filter(Boolean);
        return {
          body: {
            tickets,
            ...(q.get('include') === 'users' ? { users: requesters } : {}),
            after_url: `${base}/api/v2/incremental/tickets/cursor.json?cursor=${cursor}`,
            after_cursor: cursor,
            before_url: null,
            before_cursor: null,
            end_of_stream: end >= byUpdate.length,
          },
        };
      }
      if (url.pathname === '/api/v2/incremental/ticket_events.json') {
        const startTime = Number(q.get('start_time'));
        const from = events.filter((e) => seconds(e.created_at) >= startTime);
        const page = from.slice(0, eventPageSize);
        const endTime = page.length > 0 ? seconds(page.at(-1)!.created_at) : startTime;
        const withComments = q.get('include') === 'comment_events';
        return {
          body: {
            ticket_events: page.map((c) => ({
              id: c.id * 10,
              ticket_id: c.ticket_id,
              timestamp: seconds(c.created_at),
              created_at: c.created_at,
              updater_id: c.author_id,
              via: { channel: 'email' },
              event_type: 'Audit',
              child_events: [
                withComments
                  ? { id: c.id, type: 'Comment', event_type: 'Comment', author_id: c.author_id, body: c.body, html_body: c.html_body, public: c.public, attachments: [], audit_id: c.id * 10, created_at: c.created_at }
                  : { id: c.id, event_type: 'Comment', comment_present: true, comment_public: c.public },
                { id: c.id + 1, event_type: 'Change', field_name: 'status', value: 'open', previous_value: 'new' },
              ],
            })),
            // Time-based: the next page starts at the last event's second, so that second's events come again.
            next_page: `${base}/api/v2/incremental/ticket_events.json?start_time=${endTime}`,
            count: page.length,
            end_time: endTime,
            end_of_stream: from.length <= page.length,
          },
        };
      }
      const one = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(url.pathname);
      if (one) {
        const all = data.comments.filter((c) => c.ticket_id === Number(one[1]));
        const after = Number(q.get('page[after]') ?? 0);
        const size = Math.min(commentPageSize, Number(q.get('page[size]') ?? 100));
        const comments = all.slice(after, after + size).map((c) => ({ id: c.id, type: 'Comment', author_id: c.author_id, body: c.body, html_body: c.html_body, plain_body: c.body, public: c.public, attachments: [], created_at: c.created_at }));
        const hasMore = after + size < all.length;
        return { body: { comments, meta: { has_more: hasMore, after_cursor: hasMore ? String(after + size) : null, before_cursor: null }, links: { next: hasMore ? `${base}${url.pathname}?page[size]=${size}&page[after]=${after + size}` : null, prev: null } } };
      }
      return { status: 404, body: { error: 'InvalidEndpoint' } };
    },
    options.fault,
  );
  base = server.url;
  return server;
}

/** A ticket with sensible defaults. */
export const zendeskTicket = (id: number, requester: number, createdAt: string, more: Partial<ZendeskTicket> = {}): ZendeskTicket => ({
  url: `https://acme.zendesk.com/api/v2/tickets/${id}.json`,
  id,
  requester_id: requester,
  subject: `Ticket ${id}`,
  description: `First message of ticket ${id}`,
  status: 'open',
  tags: [],
  created_at: createdAt,
  updated_at: createdAt,
  via: { channel: 'email' },
  ...more,
});

export const zendeskUser = (id: number, ltv: number | string | null, orders: number | null, more: Partial<ZendeskUser> = {}): ZendeskUser => ({
  id,
  name: `Customer ${id}`,
  email: `customer${id}@example.com`,
  locale: 'en-US',
  role: 'end-user',
  tags: [],
  user_fields: { lifetime_value: ltv, order_count: orders },
  ...more,
});
