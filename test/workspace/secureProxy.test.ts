import { verifyValueJwt } from '../../src/companion/jwt';
import { STRIPE_CUSTOMERS } from '../../src/workspace/demo/values';
import { jsonAnswer, type FakeRequest } from '../../src/workspace/server/fakes/http';
import { fakeStripe } from '../../src/workspace/server/fakes/stripe';
import { answerThroughProxy, type ProxyDeps } from '../../src/workspace/server/secureProxy';
import { putSettingsIn, secureScopes } from '../../src/workspace/server/secureSettings';

const SETTINGS = { stripe_secret_key: 'rk_test_secret', companion_jwt_secret: 'j'.repeat(40) };
const SCOPES = secureScopes({
  parameters: [
    { name: 'stripe_secret_key', secure: true, scopes: ['header'] },
    { name: 'companion_jwt_secret', secure: true, scopes: ['jwt_secret_key'] },
    { name: 'companyName' },
  ],
});
const NOW = Date.parse('2026-12-01T12:00:00Z');

function proxyWith(overrides: Partial<ProxyDeps> = {}) {
  const seen: FakeRequest[] = [];
  const record = (request: FakeRequest) => {
    seen.push(request);
    return jsonAnswer(200, { ok: true });
  };
  const deps: ProxyDeps = { settings: SETTINGS, scopes: SCOPES, stripe: record, endpoint: record, companionUrl: () => 'http://127.0.0.1:9', setShopifyFaults: () => undefined, now: () => NOW, ...overrides };
  return { seen, send: (options: Record<string, unknown>, faults: string[] = []) => answerThroughProxy({ options, faults }, deps) };
}

describe("the workspace's stand-in for Zendesk's secure proxy", () => {
  it('puts a secure setting into a header of a secure request', async () => {
    const { seen, send } = proxyWith();
    await send({ url: 'https://api.stripe.com/v1/customers?email=a%40b.c', headers: { Authorization: 'Bearer {{setting.stripe_secret_key}}' }, secure: true });
    expect(seen[0]?.headers.authorization).toBe('Bearer rk_test_secret');
  });

  it('leaves the placeholder in a request that is not secure, as Zendesk does', async () => {
    const { seen, send } = proxyWith();
    await send({ url: 'https://api.stripe.com/v1/customers', headers: { Authorization: 'Bearer {{setting.stripe_secret_key}}' } });
    expect(seen[0]?.headers.authorization).toBe('Bearer {{setting.stripe_secret_key}}');
  });

  it('refuses a secure setting outside the scopes the manifest gives it', async () => {
    const { seen, send } = proxyWith();
    const answer = await send({ url: 'https://api.stripe.com/v1/customers', headers: { Authorization: '{{setting.companion_jwt_secret}}' }, secure: true });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('may not be used in a header');
    expect(JSON.stringify(answer.body)).not.toContain(SETTINGS.companion_jwt_secret);
    expect(seen).toEqual([]);
  });

  it('signs the JWT with the secure setting, and the companion accepts it', async () => {
    const { seen, send } = proxyWith({ endpoint: (r) => (seen.push(r), jsonAnswer(200, {})) });
    await send({
      url: 'https://values.northwind.example/x',
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      secure: true,
      jwt: { algorithm: 'HS256', secret_key: '{{setting.companion_jwt_secret}}', expiry: 60, claims: { email: 'ines@example.com' } },
    });
    const token = seen[0]?.headers.authorization?.slice('Bearer '.length) ?? '';
    expect(verifyValueJwt(token, SETTINGS.companion_jwt_secret, NOW)).toEqual({ ok: true, claims: { email: 'ines@example.com' } });
    expect(verifyValueJwt(token, SETTINGS.companion_jwt_secret, NOW + 61_000).ok).toBe(false);
  });

  it('does not take a request it cannot read', async () => {
    const { seen, send } = proxyWith();
    expect((await send({ url: 'not a url' })).status).toBe(400);
    expect((await send({ url: 'https://api.stripe.com/v1/customers' }, ['noSuchFault'])).status).toBe(400);
    expect(seen).toEqual([]);
  });

  it('names a secure setting the app does not have', () => {
    expect(putSettingsIn('{{setting.nope}}', 'header', SETTINGS, SCOPES)).toEqual({ error: '{{setting.nope}} names no secure setting of the app' });
  });
});

describe("the workspace's fake Stripe", () => {
  const stripe = fakeStripe(STRIPE_CUSTOMERS, 'rk_test_secret', () => NOW);
  const get = (path: string, key = 'rk_test_secret', faults: string[] = []) =>
    stripe({ method: 'GET', url: new URL(`https://api.stripe.com${path}`), headers: { authorization: `Bearer ${key}` } }, new Set(faults as never[]));

  it('refuses a wrong key with 401 and Stripe’s error shape, without echoing the key', () => {
    const answer = get('/v1/customers?email=ines.moreau%40example.com', 'rk_test_other');
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: { type: 'invalid_request_error' } });
    expect(JSON.stringify(answer.body)).not.toContain('rk_test');
  });

  it('pages the customers of one e-mail with has_more and starting_after', () => {
    const first = get('/v1/customers?email=ines.moreau%40example.com&limit=2').body as { data: { id: string }[]; has_more: boolean };
    expect(first.has_more).toBe(true);
    const second = get(`/v1/customers?email=ines.moreau%40example.com&limit=2&starting_after=${first.data.at(-1)?.id}`).body as typeof first;
    expect([...first.data, ...second.data].map((c) => c.id)).toEqual(['cus_Nw1InesA', 'cus_Nw1InesB', 'cus_Nw1InesC']);
    expect(second.has_more).toBe(false);
  });

  it('searches the charges of several customers, page by page, in two currencies with refunds, disputes and a failure', () => {
    const query = encodeURIComponent("customer:'cus_Nw1InesA' OR customer:'cus_Nw1InesB' OR customer:'cus_Nw1InesC'");
    const charges: { status: string; currency: string; disputed: boolean; amount_refunded: number }[] = [];
    let page: string | null = null;
    let pages = 0;
    do {
      const body = get(`/v1/charges/search?query=${query}&limit=3${page ? `&page=${page}` : ''}`).body as { data: typeof charges; has_more: boolean; next_page: string | null };
      charges.push(...body.data);
      page = body.has_more ? body.next_page : null;
      pages++;
    } while (page);
    expect(pages).toBe(3);
    expect(charges).toHaveLength(7);
    expect(new Set(charges.map((c) => c.currency))).toEqual(new Set(['usd', 'eur']));
    expect(charges.filter((c) => c.disputed)).toHaveLength(2);
    expect(charges.filter((c) => c.status === 'failed')).toHaveLength(1);
    expect(charges.filter((c) => c.amount_refunded > 0)).toHaveLength(2);
  });

  it('answers 500 when switched down', () => {
    expect(get('/v1/customers?email=x%40y.z', 'rk_test_secret', ['stripeDown']).status).toBe(500);
  });

  it('reads as the value the app computes from it: 1,320.00 USD over six charges, two disputed', async () => {
    const { stripeSource } = await import('../../src/adapters/value/stripe');
    const send = (options: { url: string }) => {
      const answer = get(new URL(options.url).pathname + new URL(options.url).search);
      return answer.status === 200 ? Promise.resolve(answer.body) : Promise.reject(new Error(String(answer.status)));
    };
    const value = await stripeSource(send, 'USD').read({ requesterId: '121', email: 'ines.moreau@example.com' });
    expect(value).toEqual({ lifetimeValue: 1320, orderCount: 6, currency: 'USD', disputes: 2 });
  });
});
