import type { ApiAnswer, FakeZendesk } from './fakeZaf';

export const NOW = new Date('2026-11-01T12:00:00Z');
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
export const REQUESTER_ID = 101;

export interface WorldComment {
  from: 'customer' | 'agent';
  /** HTML, as ZAF gives comment bodies. */
  html: string;
  daysAgo?: number;
}

export interface WorldOptions {
  comments?: WorldComment[];
  requester?: Record<string, unknown> | null;
  fields?: Record<string, unknown>;
  ticketTags?: string[];
  /** Earlier tickets as the REST API returns them. */
  history?: Record<string, unknown>[];
  settings?: Record<string, unknown>;
  agentLocale?: string;
  api?: (url: string) => ApiAnswer | Promise<ApiAnswer>;
}

const AGENT = { id: 900, name: 'Jordan Reyes', email: 'jordan@example.com', role: 'agent', locale: 'en-US', tags: [] };

const byKey = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) => {
  const [x, y] = [String(a[key] ?? a.created_at ?? ''), String(b[key] ?? b.created_at ?? '')];
  return key === 'id' ? Number(a.id) - Number(b.id) : x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The REST history endpoint with cursor pagination, `size` tickets a page, in Zendesk's order: by id, smallest
 * first, unless `sort` names a field (`-` for descending).
 */
export function historyApi(tickets: Record<string, unknown>[], size = 100) {
  return (url: string): ApiAnswer => {
    const query = new URL(url, 'https://acme.zendesk.com').searchParams;
    const sort = query.get('sort') ?? 'id';
    const ordered = [...tickets].sort(byKey(sort.replace(/^-/, '')));
    if (sort.startsWith('-')) ordered.reverse();
    const start = Number(query.get('page[after]') ?? 0);
    const hasMore = start + size < ordered.length;
    const next = `/api/v2/users/${REQUESTER_ID}/tickets/requested.json?page[size]=${size}&page[after]=${start + size}${query.has('sort') ? `&sort=${sort}` : ''}`;
    return { status: 200, body: { tickets: ordered.slice(start, start + size), meta: { has_more: hasMore }, links: { next: hasMore ? next : null } } };
  };
}

/** A ticket sidebar's view of Zendesk, in ZAF's shapes: comments newest first, user fields as `customField:<key>`. */
export function zendeskWorld(options: WorldOptions = {}): FakeZendesk {
  const requester =
    options.requester === null
      ? null
      : { id: REQUESTER_ID, name: 'Marcus Bell', email: 'marcus@example.com', role: 'end-user', locale: 'en-US', tags: [], ...options.requester };
  const fields = options.fields ?? { lifetime_value: 189, order_count: 3 };
  const comments = (options.comments ?? [{ from: 'customer', html: '<p>My order arrived damaged.</p>' }]).map((c, i) => ({
    id: i + 1,
    value: c.html,
    author: c.from === 'customer' ? requester ?? { id: 5, role: 'end-user' } : AGENT,
    createdAt: daysAgo(c.daysAgo ?? 1 - i / 100),
    imageAttachments: [],
    nonImageAttachments: [],
  }));
  const paths: Record<string, unknown> = {
    'ticket.id': 5001,
    'ticket.subject': 'Help with my order',
    'ticket.createdAt': daysAgo(2),
    'ticket.tags': options.ticketTags ?? [],
    'ticket.comments': comments.reverse(),
    'currentUser.locale': options.agentLocale ?? 'en-US',
  };
  if (requester) paths['ticket.requester'] = requester;
  for (const [key, value] of Object.entries(fields)) if (requester) paths[`ticket.requester.customField:${key}`] = value;
  return {
    paths,
    settings: { companyName: 'Northwind', agentName: 'Jordan', ...options.settings },
    api: options.api ?? historyApi(options.history ?? []),
  };
}
