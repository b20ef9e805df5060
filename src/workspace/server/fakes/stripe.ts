import type { DemoStripeCharge, DemoStripeCustomer } from '../../demo/values';
import type { SourceFault } from '../../faults';
import { jsonAnswer, type FakeRequest } from './http';

const DAY_S = 86_400;
/** Stripe's largest page; `limit` asks for fewer (10 when not given), which the unit tests use to page. */
const MOST_PER_PAGE = 100;

const stripeError = (status: number, type: string, message: string) => jsonAnswer(status, { error: { type, message } });

function customerObject(c: DemoStripeCustomer, nowS: number) {
  return { id: c.id, object: 'customer', email: c.email, name: c.name, created: nowS - 500 * DAY_S, currency: 'usd', livemode: false, metadata: {} };
}

function chargeObject(customer: string, c: DemoStripeCharge, nowS: number) {
  const succeeded = c.status === 'succeeded';
  return {
    id: c.id,
    object: 'charge',
    amount: c.amount,
    amount_captured: succeeded ? c.amount : 0,
    amount_refunded: c.amountRefunded,
    captured: succeeded,
    created: nowS - c.daysAgo * DAY_S,
    currency: c.currency,
    customer,
    disputed: c.disputed,
    paid: succeeded,
    refunded: c.amountRefunded > 0 && c.amountRefunded === c.amount,
    status: c.status,
    livemode: false,
  };
}

const pageSize = (query: URLSearchParams) => Math.min(MOST_PER_PAGE, Math.max(1, Number(query.get('limit')) || 10));

/**
 * Stripe's API for the customers of demo/values.ts: `GET /v1/customers?email=` (list, `starting_after`) and
 * `GET /v1/charges/search?query=customer:'…' OR …` (search, `page`), behind `Authorization: Bearer <secret key>`.
 */
export function fakeStripe(customers: readonly DemoStripeCustomer[], secretKey: string, now: () => number) {
  return (request: FakeRequest, faults: ReadonlySet<SourceFault>) => {
    if (faults.has('stripeDown')) return stripeError(500, 'api_error', 'An unknown error occurred');
    // Under the fault the key was rolled in the Stripe dashboard: the one in Zendesk no longer opens anything.
    if (request.headers.authorization !== `Bearer ${secretKey}` || faults.has('stripeKey')) {
      return stripeError(401, 'invalid_request_error', 'Invalid API Key provided.');
    }
    if (request.method !== 'GET') return stripeError(405, 'invalid_request_error', 'Unrecognized request URL.');
    const query = request.url.searchParams;
    const nowS = Math.floor(now() / 1000);
    if (request.url.pathname === '/v1/customers') {
      const email = query.get('email');
      const all = customers.filter((c) => email === null || c.email.toLowerCase() === email.toLowerCase());
      const after = query.get('starting_after');
      const start = after === null ? 0 : all.findIndex((c) => c.id === after) + 1;
      const size = pageSize(query);
      const data = all.slice(start, start + size).map((c) => customerObject(c, nowS));
      return jsonAnswer(200, { object: 'list', url: '/v1/customers', has_more: start + size < all.length, data });
    }
    if (request.url.pathname === '/v1/charges/search') {
      const ids = [...(query.get('query') ?? '').matchAll(/customer:'([^']+)'/g)].map((m) => m[1]);
      if (ids.length === 0) return stripeError(400, 'invalid_request_error', 'The query is not a search this fake knows.');
      const all = customers.filter((c) => ids.includes(c.id)).flatMap((c) => c.charges.map((ch) => chargeObject(c.id, ch, nowS)));
      all.sort((a, b) => b.created - a.created);
      const start = Number(Buffer.from(query.get('page') ?? '', 'base64url').toString() || 0) || 0;
      const size = pageSize(query);
      const more = start + size < all.length;
      return jsonAnswer(200, {
        object: 'search_result',
        url: '/v1/charges/search',
        has_more: more,
        next_page: more ? Buffer.from(String(start + size)).toString('base64url') : null,
        data: all.slice(start, start + size),
      });
    }
    return stripeError(404, 'invalid_request_error', `Unrecognized request URL (GET: ${request.url.pathname}).`);
  };
}
