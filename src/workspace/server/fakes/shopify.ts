import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { SHOPIFY_API_VERSION } from '../../../companion/shopify';
import type { SHOPIFY_CUSTOMERS } from '../../demo/values';
import type { SourceFault } from '../../faults';

export interface FakeShopify {
  /** `http://127.0.0.1:PORT`, the shop's address as the companion server is given it. */
  url: string;
  /** Each request as `METHOD /path`, for tests. */
  log: string[];
  close(): Promise<void>;
}

export interface FakeShopifyOptions {
  customers: typeof SHOPIFY_CUSTOMERS;
  clientId: string;
  clientSecret: string;
  /** The source faults switched on for the request being answered. */
  faults: () => ReadonlySet<SourceFault>;
}

const QUERY_COST = 12;
const BUCKET = { maximumAvailable: 2000, restoreRate: 100 };

const bodyOf = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

/** The e-mail out of the companion's `email:"…"` search term. */
const emailIn = (body: string) => {
  try {
    const query = (JSON.parse(body) as { variables?: { query?: unknown } }).variables?.query;
    return typeof query === 'string' ? (/email:"([^"]+)"/.exec(query)?.[1]?.toLowerCase() ?? null) : null;
  } catch {
    return null;
  }
};

/**
 * A shop's Admin API on loopback: client-credentials tokens at `/admin/oauth/access_token`, and the GraphQL
 * `customers` query with Shopify's cost extension; throttled, it answers THROTTLED with an empty bucket, as Shopify does.
 */
export async function startFakeShopify({ customers, clientId, clientSecret, faults }: FakeShopifyOptions): Promise<FakeShopify> {
  const tokens = new Set<string>();
  const log: string[] = [];
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const path = new URL(req.url ?? '/', 'http://shop.invalid').pathname;
    log.push(`${req.method ?? 'GET'} ${path}`);
    void bodyOf(req).then((body) => {
      if (req.method === 'POST' && path === '/admin/oauth/access_token') {
        const form = new URLSearchParams(body);
        if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
          return send(400, { error: 'invalid_client', error_description: 'Client credentials are wrong' });
        }
        const token = `shpat_${randomBytes(16).toString('hex')}`;
        tokens.add(token);
        return send(200, { access_token: token, scope: 'read_customers', expires_in: 86_399 });
      }
      if (req.method !== 'POST' || path !== `/admin/api/${SHOPIFY_API_VERSION}/graphql.json`) return send(404, { errors: 'Not Found' });
      if (!tokens.has(String(req.headers['x-shopify-access-token']))) return send(401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
      if (faults().has('shopifyDown')) return send(500, { errors: 'Internal Server Error' });
      if (faults().has('shopifyThrottled')) {
        return send(200, {
          errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
          extensions: { cost: { requestedQueryCost: QUERY_COST, actualQueryCost: null, throttleStatus: { ...BUCKET, currentlyAvailable: 0 } } },
        });
      }
      const email = emailIn(body);
      const nodes = customers.filter((c) => c.email === email).map(({ amountSpent, numberOfOrders }) => ({ amountSpent, numberOfOrders }));
      return send(200, {
        data: { customers: { nodes } },
        extensions: { cost: { requestedQueryCost: QUERY_COST, actualQueryCost: 3, throttleStatus: { ...BUCKET, currentlyAvailable: BUCKET.maximumAvailable - 3 } } },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, log, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
