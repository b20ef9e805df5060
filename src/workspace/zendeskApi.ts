import { RATE_LIMITED_TIMES, SLOW_MS, type Faults } from './faults';
import { apiTicket, apiUser, type Workspace } from './model';

export interface ApiResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface RequestOptions {
  url: string;
  type?: string;
  data?: unknown;
  httpCompleteResponse?: boolean;
}

export interface ApiStats {
  /** Every request the app made, in order. */
  log: { url: string; status: number; method?: string }[];
  rateLimitedInARow: number;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  body,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
});
const notFound = () => json(404, { error: 'RecordNotFound', description: 'Not found' });
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const MAX_PAGE_SIZE = 100;

type ApiTicket = Record<string, unknown>;
const SORT_FIELDS = ['id', 'status', 'updated_at', 'created_at'] as const;
type SortField = (typeof SORT_FIELDS)[number];
const isSortField = (v: string): v is SortField => (SORT_FIELDS as readonly string[]).includes(v);

/** Zendesk lists tickets by id, smallest first, unless asked otherwise. */
function sorted(tickets: ApiTicket[], field: SortField, descending: boolean): ApiTicket[] {
  const value = (t: ApiTicket) => t[field] as string | number;
  const order = [...tickets].sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0));
  return descending ? order.reverse() : order;
}

/** Cursor pagination sorts by `sort` (`updated_at`, `-updated_at`, …); offset pagination by `sort_by` and `sort_order`. */
function ticketOrder(query: URLSearchParams, cursor: boolean): { field: SortField; descending: boolean } | null {
  const sort = cursor ? query.get('sort') : query.get('sort_by');
  if (sort === null) return { field: 'id', descending: false };
  const field = cursor ? sort.replace(/^-/, '') : sort;
  // created_at is an offset-pagination sort only, as in Zendesk.
  if (!isSortField(field) || (cursor && field === 'created_at')) return null;
  return { field, descending: cursor ? sort.startsWith('-') : query.get('sort_order') === 'desc' };
}

/** `/api/v2/users/{id}/tickets/requested.json`: cursor pagination (`page[size]`, `page[after]`) or offset (`page`, `per_page`). */
function requestedTickets(w: Workspace, userId: number, query: URLSearchParams, base: string): ApiResponse {
  if (!w.users.has(userId)) return notFound();
  const cursorSize = query.get('page[size]');
  const order = ticketOrder(query, cursorSize !== null);
  if (!order) return json(400, { error: 'InvalidPaginationParameter', description: 'sort is not valid' });
  const all = [...w.tickets.values()].filter((t) => t.requesterId === userId).map((t) => apiTicket(w, t));
  const tickets = sorted(all, order.field, order.descending);
  if (cursorSize !== null) {
    const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(cursorSize) || MAX_PAGE_SIZE));
    const start = Number(query.get('page[after]') ?? 0) || 0;
    const page = tickets.slice(start, start + size);
    const hasMore = start + size < tickets.length;
    const after = String(start + size);
    const sort = query.get('sort');
    return json(200, {
      tickets: page,
      meta: { has_more: hasMore, after_cursor: hasMore ? after : null, before_cursor: start > 0 ? String(start) : null },
      links: { next: hasMore ? `${base}?page[size]=${size}&page[after]=${after}${sort === null ? '' : `&sort=${sort}`}` : null, prev: null },
    });
  }
  const perPage = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(query.get('per_page')) || MAX_PAGE_SIZE));
  const pageNumber = Math.max(1, Number(query.get('page')) || 1);
  const start = (pageNumber - 1) * perPage;
  const more = start + perPage < tickets.length;
  return json(200, {
    tickets: tickets.slice(start, start + perPage),
    count: tickets.length,
    next_page: more ? `${base}?page=${pageNumber + 1}&per_page=${perPage}` : null,
    previous_page: pageNumber > 1 ? `${base}?page=${pageNumber - 1}&per_page=${perPage}` : null,
  });
}

/** The tags a `PUT`/`DELETE` of `/tags.json` names: `{"tags": ["a", "b"]}`. */
function tagsIn(data: unknown): string[] | null {
  try {
    const body: unknown = typeof data === 'string' ? JSON.parse(data) : data;
    const tags = (body as { tags?: unknown } | null)?.tags;
    return Array.isArray(tags) && tags.every((t) => typeof t === 'string') ? (tags as string[]) : null;
  } catch {
    return null;
  }
}

/** `/api/v2/users/{id}/tags.json`: PUT adds the tags named, DELETE removes them, and both answer the user's tags. */
function userTags(w: Workspace, userId: number, method: string, data: unknown): ApiResponse {
  const user = w.users.get(userId);
  if (!user) return notFound();
  if (method === 'GET') return json(200, { tags: [...user.tags] });
  const tags = tagsIn(data);
  if (!tags) return json(400, { error: 'InvalidEndpoint', description: 'The body must be {"tags": [...]}' });
  if (method === 'PUT') user.tags.push(...tags.filter((t) => !user.tags.includes(t)));
  else if (method === 'DELETE') user.tags = user.tags.filter((t) => !tags.includes(t));
  else return json(405, { error: 'MethodNotAllowed' });
  return json(200, { tags: [...user.tags] });
}

function route(w: Workspace, options: RequestOptions, faults: Faults): ApiResponse {
  const url = new URL(options.url, 'https://fairline-demo.zendesk.com');
  const method = (options.type ?? 'GET').toUpperCase();
  const tags = /^\/api\/v2\/users\/(\d+)\/tags\.json$/.exec(url.pathname);
  if (tags) return userTags(w, Number(tags[1]), method, options.data);
  if (method !== 'GET') return json(405, { error: 'MethodNotAllowed' });
  const requested = /^\/api\/v2\/users\/(\d+)\/tickets\/requested\.json$/.exec(url.pathname);
  if (requested) return requestedTickets(w, Number(requested[1]), url.searchParams, url.pathname);
  const user = /^\/api\/v2\/users\/(\d+)\.json$/.exec(url.pathname);
  if (user) {
    const found = w.users.get(Number(user[1]));
    return found ? json(200, { user: apiUser(found, faults) }) : notFound();
  }
  const ticket = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(url.pathname);
  if (ticket) {
    const found = w.tickets.get(Number(ticket[1]));
    return found ? json(200, { ticket: apiTicket(w, found) }) : notFound();
  }
  return notFound();
}

/** Answers one `client.request` from the app the way Zendesk would, with the faults switched on. */
export async function answerRequest(w: Workspace, options: RequestOptions, faults: Faults, stats: ApiStats, rateLimitTimes = RATE_LIMITED_TIMES): Promise<ApiResponse> {
  if (faults.slow) await delay(SLOW_MS);
  let response: ApiResponse;
  if (faults.rateLimit && stats.rateLimitedInARow < rateLimitTimes) {
    stats.rateLimitedInARow++;
    response = json(429, { error: 'TooManyRequests', description: 'Rate limit exceeded' }, { 'retry-after': '1' });
  } else if (faults.serverError) {
    response = json(500, { error: 'InternalServerError', description: 'Something went wrong' });
  } else {
    stats.rateLimitedInARow = 0;
    response = route(w, options, faults);
    if (faults.malformed && response.status === 200) response = json(200, { tickets: 'not a list', meta: 7 });
  }
  stats.log.push({ url: options.url, status: response.status, method: (options.type ?? 'GET').toUpperCase() });
  return response;
}
