import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Workspace } from '../model';
import { apiConversation, apiThreads } from './model';

/** A local stand-in for the Mailbox API 2.0 over real HTTP, answering from the demo workspace. */
export interface FakeMailbox {
  url: string;
  server: Server;
  /** Every request, as `METHOD path`. */
  log: string[];
  tokensIssued: number;
  /** Replies created through the API, with the body Help Scout got. */
  replies: { conversationId: number; body: Record<string, unknown> }[];
  options: FakeMailboxOptions;
  /** Makes every issued token invalid, as if it had expired on Help Scout's side. */
  revokeTokens(): void;
  close(): Promise<void>;
}

export interface FakeMailboxOptions {
  clientId: string;
  clientSecret: string;
  tokenSeconds: number;
  threadPageSize: number;
  conversationPageSize: number;
  /** The next this-many API calls answer 429 with X-RateLimit-Retry-After. */
  rateLimitNext: number;
  retryAfterSeconds: number;
}

const DEFAULTS: FakeMailboxOptions = { clientId: 'app-id', clientSecret: 'app-secret', tokenSeconds: 7200, threadPageSize: 25, conversationPageSize: 25, rateLimitNext: 0, retryAfterSeconds: 1 };

const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/hal+json;charset=UTF-8' }), ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => resolve(data));
  });

function page<T>(items: T[], size: number, number: number, key: string) {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return { _embedded: { [key]: items.slice((number - 1) * size, number * size) }, page: { size, totalElements: items.length, totalPages, number } };
}

export async function startFakeMailbox(w: Workspace, overrides: Partial<FakeMailboxOptions> = {}): Promise<FakeMailbox> {
  const options = { ...DEFAULTS, ...overrides };
  const valid = new Set<string>();
  const fake = { log: [] as string[], tokensIssued: 0, replies: [] as FakeMailbox['replies'], options };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const body = await readBody(req);
    fake.log.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.method === 'POST' && url.pathname === '/v2/oauth2/token') {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret) {
        return send(res, 401, { error: 'invalid_client' });
      }
      const token = `token-${++fake.tokensIssued}`;
      valid.add(token);
      return send(res, 200, { token_type: 'bearer', access_token: token, expires_in: options.tokenSeconds });
    }
    if (options.rateLimitNext > 0) {
      options.rateLimitNext--;
      return send(res, 429, { message: 'Too many requests' }, { 'x-ratelimit-retry-after': String(options.retryAfterSeconds), 'x-ratelimit-remaining-minute': '0' });
    }
    if (!valid.has(req.headers.authorization?.replace(/^Bearer /, '') ?? '')) return send(res, 401, { error: 'invalid_token' });

    const number = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const match = /^\/v2\/conversations\/(\d+)(\/threads|\/reply|\/tags)?$/.exec(url.pathname);
    const ticket = match ? w.tickets.get(Number(match[1])) : undefined;
    if (req.method === 'GET' && url.pathname === '/v2/conversations') {
      const customer = /^\(customerIds:(\d+)\)$/.exec(url.searchParams.get('query') ?? '')?.[1];
      const list = [...w.tickets.values()].filter((t) => String(t.requesterId) === customer).sort((a, b) => a.daysAgo - b.daysAgo);
      return send(res, 200, page(list.map((t) => apiConversation(w, t)), options.conversationPageSize, number, 'conversations'));
    }
    if (!match || !ticket) return send(res, 404, { message: 'Not found' });
    if (req.method === 'GET' && !match[2]) return send(res, 200, apiConversation(w, ticket));
    if (req.method === 'GET' && match[2] === '/threads') return send(res, 200, page(apiThreads(w, ticket), options.threadPageSize, number, 'threads'));
    if (req.method === 'POST' && match[2] === '/reply') {
      const id = fake.replies.push({ conversationId: ticket.id, body: JSON.parse(body) as Record<string, unknown> });
      return send(res, 201, undefined, { 'resource-id': String(9000 + id) });
    }
    if (req.method === 'PUT' && match[2] === '/tags') {
      ticket.tags = (JSON.parse(body) as { tags: string[] }).tags;
      return send(res, 204);
    }
    return send(res, 405, { message: 'Method not allowed' });
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    server,
    revokeTokens: () => valid.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
