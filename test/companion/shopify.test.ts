import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildCompanion } from '../../src/companion/app';
import { readConfig } from '../../src/companion/config';
import { signValueJwt, verifyValueJwt } from '../../src/companion/jwt';
import type { Mailbox } from '../../src/companion/mailbox';
import { clientCredentials } from '../../src/companion/oauth';
import { shopifyValue } from '../../src/companion/shopify';

const JWT_SECRET = 'a-shared-secret-of-at-least-32-characters';
const NOW = Date.parse('2026-11-01T12:00:00Z');

/** A shop: client-credentials tokens that expire, and Admin GraphQL that throttles when asked to. */
async function fakeShop(options: { throttleFirst?: number; customers?: Record<string, { amount: string; orders: string }[]> } = {}) {
  const log: string[] = [];
  let tokenNumber = 0;
  let throttled = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      log.push(`${req.method} ${req.url}`);
      const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (req.url === '/admin/oauth/access_token') {
        const form = new URLSearchParams(body);
        if (form.get('grant_type') !== 'client_credentials' || form.get('client_secret') !== 'shop-secret') return json(400, { error: 'invalid_client' });
        return json(200, { access_token: `shpat_${++tokenNumber}`, scope: 'read_customers', expires_in: 86399 });
      }
      if (req.headers['x-shopify-access-token'] !== `shpat_${tokenNumber}`) return json(401, { errors: '[API] Invalid API key or access token' });
      const cost = { requestedQueryCost: 12, actualQueryCost: 12, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1988, restoreRate: 100 } };
      if (throttled < (options.throttleFirst ?? 0)) {
        throttled++;
        return json(200, { errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }], extensions: { cost: { ...cost, throttleStatus: { ...cost.throttleStatus, currentlyAvailable: 2 } } } });
      }
      const email = /email:"([^"]+)"/.exec((JSON.parse(body) as { variables: { query: string } }).variables.query)?.[1] ?? '';
      const nodes = (options.customers?.[email] ?? []).map((c) => ({ amountSpent: { amount: c.amount, currencyCode: 'EUR' }, numberOfOrders: c.orders }));
      return json(200, { data: { customers: { nodes } }, extensions: { cost } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, log, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function companionFor(shopUrl: string) {
  const result = readConfig({ HELPSCOUT_APP_ID: 'a', HELPSCOUT_APP_SECRET: 'b', HELPSCOUT_SIGNATURE_SECRET: 'c', SHOPIFY_SHOP_URL: shopUrl, SHOPIFY_CLIENT_ID: 'shop-id', SHOPIFY_CLIENT_SECRET: 'shop-secret', FAIRLINE_ZENDESK_JWT_SECRET: JWT_SECRET });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const sleeps: number[] = [];
  const tokens = clientCredentials({ tokenUrl: `${shopUrl}/admin/oauth/access_token`, service: 'Shopify', appId: 'shop-id', appSecret: 'shop-secret', now: () => NOW });
  const shopify = shopifyValue(shopUrl, tokens, { retries: 3, maxWaitMs: 30_000, sleep: async (ms) => void sleeps.push(ms) });
  const app = await buildCompanion({ config: result.config, mailbox: {} as Mailbox, appDir: '/nonexistent', now: () => NOW, shopify });
  const get = (token: string) => app.inject({ method: 'GET', url: '/api/value/shopify', headers: { authorization: `Bearer ${token}` } });
  return { app, get, sleeps };
}

const token = (claims: Record<string, unknown> = {}, secret = JWT_SECRET) => signValueJwt({ email: 'ana@example.com', exp: NOW / 1000 + 60, ...claims }, secret);

describe("the companion's Shopify value route", () => {
  it('answers the amount spent and orders of the customers with the e-mail, with a token got by client credentials', async () => {
    const shop = await fakeShop({ customers: { 'ana@example.com': [{ amount: '1200.50', orders: '7' }, { amount: '99.50', orders: '1' }] } });
    const { get } = await companionFor(shop.url);
    const answer = await get(token());
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ lifetimeValue: 1300, orderCount: 8, currency: 'EUR' });
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(shop.log[0]).toBe('POST /admin/oauth/access_token');
    await shop.close();
  });

  it('answers 404 when the shop has no such customer', async () => {
    const shop = await fakeShop();
    expect((await (await companionFor(shop.url)).get(token())).statusCode).toBe(404);
    await shop.close();
  });

  it('waits out cost-based throttling as long as the throttle status says, then answers', async () => {
    const shop = await fakeShop({ throttleFirst: 2, customers: { 'ana@example.com': [{ amount: '10', orders: '1' }] } });
    const { get, sleeps } = await companionFor(shop.url);
    expect((await get(token())).statusCode).toBe(200);
    // 12 points wanted, 2 available, 100 restored a second: 100 ms each time.
    expect(sleeps).toEqual([100, 100]);
    await shop.close();
  });

  it('says 429 with Retry-After when the throttling outlasts its retries', async () => {
    const shop = await fakeShop({ throttleFirst: 9 });
    const answer = await (await companionFor(shop.url)).get(token());
    expect(answer.statusCode).toBe(429);
    expect(answer.headers['retry-after']).toBe('1');
    await shop.close();
  });

  it.each([
    ['no token', ''],
    ['a token signed with another secret', token({}, 'another-secret-of-at-least-32-characters!')],
    ['an expired token', token({ exp: NOW / 1000 - 1 })],
    ['a token without an e-mail', token({ email: undefined })],
    ['an unsigned token', `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"email":"a@b.c"}').toString('base64url')}.`],
  ])('refuses %s with 401', async (_name, bad) => {
    const shop = await fakeShop();
    expect((await (await companionFor(shop.url)).get(bad)).statusCode).toBe(401);
    expect(shop.log).toEqual([]);
    await shop.close();
  });
});

describe('the JWT check', () => {
  it('takes only HS256 tokens of the shared secret', () => {
    expect(verifyValueJwt(token(), JWT_SECRET, NOW)).toEqual({ ok: true, claims: { email: 'ana@example.com' } });
    expect(verifyValueJwt(token(), '', NOW).ok).toBe(false);
  });
});
