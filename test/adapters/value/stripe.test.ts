import type { ZafRequestOptions } from '../../../src/adapters/zendesk/zaf';
import { SeveralCurrenciesError } from '../../../src/adapters/value/errors';
import { stripeSource } from '../../../src/adapters/value/stripe';

const charge = (amount: number, refunded = 0, extra: Record<string, unknown> = {}) => ({ status: 'succeeded', amount_captured: amount, amount_refunded: refunded, disputed: false, currency: 'usd', ...extra });

/** Stripe's customers list and charges search, over the customers and charges given. */
function fakeStripe(customers: string[], charges: Record<string, Record<string, unknown>[]>, pageSize = 100) {
  const sent: ZafRequestOptions[] = [];
  const send = async (options: ZafRequestOptions) => {
    sent.push(options);
    const url = new URL(options.url);
    if (url.pathname === '/v1/customers') {
      const after = url.searchParams.get('starting_after');
      const start = after ? customers.indexOf(after) + 1 : 0;
      const page = customers.slice(start, start + pageSize);
      return { object: 'list', data: page.map((id) => ({ id, object: 'customer' })), has_more: start + pageSize < customers.length };
    }
    const ids = [...(url.searchParams.get('query') ?? '').matchAll(/customer:'(\w+)'/g)].map((m) => m[1]!);
    const all = ids.flatMap((id) => charges[id] ?? []);
    const start = Number(url.searchParams.get('page') ?? 0);
    const more = start + pageSize < all.length;
    return { object: 'search_result', data: all.slice(start, start + pageSize), has_more: more, next_page: more ? String(start + pageSize) : null };
  };
  return { send, sent };
}

const who = { requesterId: '1', email: 'ana@example.com' };

describe('the Stripe value source', () => {
  it('adds captured minus refunded over succeeded charges of every customer with the e-mail, in major units', async () => {
    const { send } = fakeStripe(['cus_a', 'cus_b'], { cus_a: [charge(10_000, 2_500), charge(5_000, 0, { status: 'failed' })], cus_b: [charge(1_999)] });
    expect(await stripeSource(send, null).read(who)).toEqual({ lifetimeValue: 94.99, orderCount: 2, currency: 'USD', disputes: 0 });
  });

  it('counts disputed charges as earlier chargebacks', async () => {
    const { send } = fakeStripe(['cus_a'], { cus_a: [charge(1000, 0, { disputed: true }), charge(1000, 0, { disputed: true }), charge(1000)] });
    expect((await stripeSource(send, null).read(who))?.disputes).toBe(2);
  });

  it('follows has_more and starting_after through the customers, and next_page through the charges', async () => {
    const ids = ['cus_1', 'cus_2', 'cus_3'];
    const { send, sent } = fakeStripe(ids, { cus_1: [charge(100), charge(100), charge(100)], cus_3: [charge(100)] }, 2);
    expect((await stripeSource(send, null).read(who))?.lifetimeValue).toBe(4);
    expect(sent.map((s) => new URL(s.url).pathname)).toEqual(['/v1/customers', '/v1/customers', '/v1/charges/search', '/v1/charges/search']);
  });

  it('picks the account currency when the customer paid in two, and gives no figure without it', async () => {
    const { send } = fakeStripe(['cus_a'], { cus_a: [charge(10_000), charge(5_000, 0, { currency: 'eur' })] });
    expect(await stripeSource(send, 'EUR').read(who)).toMatchObject({ lifetimeValue: 50, currency: 'EUR', orderCount: 2 });
    await expect(stripeSource(send, null).read(who)).rejects.toBeInstanceOf(SeveralCurrenciesError);
  });

  it('reads yen as whole units', async () => {
    const { send } = fakeStripe(['cus_a'], { cus_a: [charge(5000, 0, { currency: 'jpy' })] });
    expect((await stripeSource(send, null).read(who))?.lifetimeValue).toBe(5000);
  });

  it('knows no customer when none has the e-mail, and asks nothing more', async () => {
    const { send, sent } = fakeStripe([], {});
    expect(await stripeSource(send, null).read(who)).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it('sends the key only as the secure-setting placeholder, through the proxy', async () => {
    const { send, sent } = fakeStripe(['cus_a'], { cus_a: [charge(100)] });
    await stripeSource(send, null).read(who);
    for (const options of sent) {
      expect(options).toMatchObject({ secure: true, headers: { Authorization: 'Bearer {{setting.stripe_secret_key}}' } });
      expect(options.url.startsWith('https://api.stripe.com/v1/')).toBe(true);
    }
  });

  it('refuses an answer in the wrong shape with a plain reason', async () => {
    const send = async () => ({ data: 'nope' });
    await expect(stripeSource(send, null).read(who)).rejects.toThrow(/Stripe sent the customers in an unexpected shape/);
  });
});
