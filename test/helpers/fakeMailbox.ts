import { fakeServer, type Fault, type FakeServer } from './fakeApi';

/** A conversation and a customer as Help Scout's Mailbox API 2.0 writes them (threads embedded). */
export interface MailboxConversation {
  id: number;
  createdAt: string;
  userUpdatedAt?: string;
  [more: string]: unknown;
}

export interface MailboxData {
  conversations: unknown[];
  customers: unknown[];
}

export interface FakeMailboxOptions {
  pageSize?: number;
  fault?: (url: URL, n: number) => Fault | null;
}

const field = (raw: unknown, name: string) => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined);

/**
 * The Mailbox API for a pull, over real HTTP on loopback: OAuth2 client credentials, conversations modified since a
 * time with their threads embedded (`_embedded.conversations`, `page.totalPages`), and customers.
 */
export async function fakeMailbox(data: MailboxData, options: FakeMailboxOptions = {}): Promise<FakeServer & { tokensIssued: () => number }> {
  const { pageSize = 25 } = options;
  let issued = 0;
  const tokens = new Set<string>();
  const server = await fakeServer(
    async (url, request) => {
      if (url.pathname === '/v2/oauth2/token' && request.method === 'POST') {
        issued++;
        const token = `token-${issued}`;
        tokens.add(token);
        return { body: { token_type: 'bearer', access_token: token, expires_in: 7200 } };
      }
      const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (!tokens.has(bearer)) return { status: 401, body: { error: 'invalid token' } };
      if (url.pathname === '/v2/conversations') {
        const since = Date.parse(url.searchParams.get('modifiedSince') ?? '1970-01-01T00:00:00Z');
        const modified = (c: unknown) => Date.parse(String(field(c, 'userUpdatedAt') ?? field(c, 'createdAt')));
        const all = data.conversations.filter((c) => modified(c) >= since).sort((a, b) => modified(a) - modified(b));
        const number = Number(url.searchParams.get('page') ?? 1);
        const totalPages = Math.max(1, Math.ceil(all.length / pageSize));
        const embedThreads = url.searchParams.get('embed') === 'threads';
        const conversations = all.slice((number - 1) * pageSize, number * pageSize).map((c) => (embedThreads ? c : { ...(c as object), _embedded: {} }));
        return { body: { _embedded: { conversations }, _links: {}, page: { size: pageSize, totalElements: all.length, totalPages, number } } };
      }
      const customer = /^\/v2\/customers\/(\d+)$/.exec(url.pathname);
      if (customer) {
        const found = data.customers.find((c) => field(c, 'id') === Number(customer[1]));
        return found ? { body: found } : { status: 404, body: { message: 'not found' } };
      }
      return { status: 404, body: { message: 'not found' } };
    },
    options.fault,
  );
  return Object.assign(server, { tokensIssued: () => issued });
}

export const mailboxConversation = (id: number, customer: number, createdAt: string, threads: unknown[], more: Record<string, unknown> = {}) => ({
  id,
  number: id + 1000,
  subject: `Conversation ${id}`,
  preview: `Preview of ${id}`,
  status: 'active',
  state: 'published',
  createdAt,
  userUpdatedAt: createdAt,
  tags: [{ id: 1, tag: 'vip-check' }],
  primaryCustomer: { id: customer, email: `c${customer}@example.com`, first: 'C', last: String(customer) },
  _embedded: { threads },
  ...more,
});

export const mailboxThread = (id: number, from: 'customer' | 'user', body: string, createdAt: string, more: Record<string, unknown> = {}) => ({
  id,
  type: from === 'customer' ? 'customer' : 'message',
  status: 'active',
  state: 'published',
  body,
  createdAt,
  createdBy: { type: from, id: from === 'customer' ? 1 : 2 },
  ...more,
});

export const mailboxCustomer = (id: number, ltv: string | null, orders: string | null) => ({
  id,
  firstName: 'Customer',
  lastName: String(id),
  _embedded: {
    emails: [{ id: 1, value: `c${id}@example.com`, type: 'work' }],
    properties: [
      ...(ltv === null ? [] : [{ type: 'number', slug: 'lifetime_value', name: 'Lifetime value', value: ltv, text: ltv }]),
      ...(orders === null ? [] : [{ type: 'number', slug: 'order_count', name: 'Orders', value: orders, text: orders }]),
    ],
  },
});
