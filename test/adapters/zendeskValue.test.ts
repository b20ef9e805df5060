import { createZendeskAdapter } from '../../src/adapters/zendesk/adapter';
import type { ZafRequestOptions } from '../../src/adapters/zendesk/zaf';
import type { ApiAnswer } from './fakeZaf';
import { fakeZafClient } from './fakeZaf';
import { NOW, zendeskWorld } from './zendeskWorld';

const instant = { retries: 3, maxWaitMs: 30_000, sleep: async () => undefined };

/** Zendesk's history (empty), Stripe behind the proxy, and the Users API's tag calls, logged. */
function world(options: { fields?: Record<string, unknown>; settings?: Record<string, unknown>; tags?: string[]; stripe?: (url: URL) => ApiAnswer } = {}) {
  const calls: ZafRequestOptions[] = [];
  const stripe = options.stripe ?? ((url: URL) =>
    url.pathname === '/v1/customers'
      ? { status: 200, body: { data: [{ id: 'cus_1' }, { id: 'cus_2' }], has_more: false } }
      : { status: 200, body: { data: [
          { status: 'succeeded', amount_captured: 150_000, amount_refunded: 10_000, disputed: true, currency: 'usd' },
          { status: 'succeeded', amount_captured: 20_000, amount_refunded: 0, disputed: false, currency: 'usd' },
        ], has_more: false, next_page: null } });
  const zendesk = zendeskWorld({
    fields: options.fields ?? {},
    requester: { tags: options.tags ?? [] },
    settings: { valueSources: 'stripe', ...options.settings },
  });
  zendesk.api = (url: string, request?: ZafRequestOptions) => {
      if (!request) throw new Error('the adapter always passes its options');
      calls.push(request);
      if (url.startsWith('https://api.stripe.com/')) return stripe(new URL(url));
      if (url.includes('/tags.json')) return { status: 200, body: { tags: [] } };
      return { status: 200, body: { tickets: [], meta: { has_more: false }, links: { next: null } } };
  };
  const client = fakeZafClient(zendesk);
  const adapter = createZendeskAdapter({ client, now: () => NOW, retry: instant });
  return { adapter, calls };
}

describe('the Zendesk adapter with a value source', () => {
  it('takes the lifetime value from Stripe when the user field is empty, with its source, currency and chargebacks', async () => {
    const { adapter } = world();
    const read = await adapter.readContext();
    expect(read.context.customer).toMatchObject({ lifetimeValue: 1600, orderCount: 2, disputes: 1 });
    expect(read.value).toMatchObject({ source: 'stripe', currency: 'USD', readAt: NOW.toISOString() });
    expect(read.warnings.map((w) => w.code)).not.toContain('ltv_missing');
  });

  it('keeps the user field first when it holds a value, asking Stripe nothing', async () => {
    const { adapter, calls } = world({ fields: { lifetime_value: 90, order_count: 1 } });
    const read = await adapter.readContext();
    expect(read.context.customer.lifetimeValue).toBe(90);
    expect(calls.some((c) => c.url.includes('stripe'))).toBe(false);
  });

  it('says Stripe failed and leaves the value unknown when it refuses the key', async () => {
    const { adapter } = world({ stripe: () => ({ status: 401, body: { error: { message: 'Invalid API Key provided' } } }) });
    const read = await adapter.readContext();
    expect(read.context.customer.lifetimeValue).toBeNull();
    expect(read.warnings).toContainEqual({ code: 'value_source_failed', values: { source: 'stripe', reason: 'refused', status: 401 } });
  });

  it('makes three reads on a first open (history, Stripe customers, Stripe charges) and none on a reopen', async () => {
    const { adapter, calls } = world();
    await adapter.readContext();
    expect(calls).toHaveLength(3);
    await adapter.readContext();
    expect(calls).toHaveLength(3);
  });
});

describe('the VIP user tag', () => {
  it('adds the tag to the requester once when they are VIP', async () => {
    const { adapter, calls } = world();
    await adapter.readContext();
    expect(await adapter.syncCustomerTag!('fairline_vip', true)).toBe('added');
    expect(await adapter.syncCustomerTag!('fairline_vip', true)).toBe('unchanged');
    const writes = calls.filter((c) => c.url.includes('/tags.json'));
    expect(writes).toEqual([expect.objectContaining({ url: '/api/v2/users/101/tags.json', type: 'PUT', data: JSON.stringify({ tags: ['fairline_vip'] }) })]);
  });

  it('removes it when the customer is no longer VIP', async () => {
    const { adapter, calls } = world({ tags: ['fairline_vip', 'wholesale'] });
    await adapter.readContext();
    expect(await adapter.syncCustomerTag!('fairline_vip', false)).toBe('removed');
    expect(calls.filter((c) => c.url.includes('/tags.json')).map((c) => c.type)).toEqual(['DELETE']);
  });

  it('writes nothing when the tags already agree, or when the setting turns it off', async () => {
    const agreed = world({ tags: ['fairline_vip'] });
    await agreed.adapter.readContext();
    expect(await agreed.adapter.syncCustomerTag!('fairline_vip', true)).toBe('unchanged');
    const off = world({ settings: { syncVipTag: false } });
    await off.adapter.readContext();
    expect(await off.adapter.syncCustomerTag!('fairline_vip', true)).toBe('off');
    expect([...agreed.calls, ...off.calls].some((c) => c.url.includes('/tags.json'))).toBe(false);
  });
});
