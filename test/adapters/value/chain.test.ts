import { createValueCache } from '../../../src/adapters/value/cache';
import { readValue } from '../../../src/adapters/value/chain';
import { HttpError, NetworkError, RateLimitedError } from '../../../src/shared/errors';
import type { CustomerValue, ExternalSource, ValueSource } from '../../../src/shared/valueSource';

const NOW = new Date('2026-11-01T12:00:00Z');
const value = (lifetimeValue: number): CustomerValue => ({ lifetimeValue, orderCount: 3, currency: 'USD', disputes: 0 });
const source = (name: ExternalSource, answer: () => Promise<CustomerValue | null>) => {
  const calls: string[] = [];
  const s: ValueSource & { calls: string[] } = { name, calls, read: (who) => (calls.push(who.email), answer()) };
  return s;
};
const who = { requesterId: '7', email: 'ana@example.com' };
const memoryStore = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
};

describe('reading a customer value from the sources in order', () => {
  it('takes the user field first and asks no source', async () => {
    const stripe = source('stripe', async () => value(5000));
    const read = await readValue({ field: value(120), sources: [stripe], who, cache: createValueCache(undefined, () => 0), now: () => NOW });
    expect(read.figure).toMatchObject({ lifetimeValue: 120, source: 'field' });
    expect(stripe.calls).toEqual([]);
  });

  it('names a failed source and falls back to the next one', async () => {
    const stripe = source('stripe', () => Promise.reject(new RateLimitedError(4000)));
    const shopify = source('shopify', async () => value(800));
    const read = await readValue({ field: null, sources: [stripe, shopify], who, cache: createValueCache(undefined, () => 0), now: () => NOW });
    expect(read.figure).toMatchObject({ lifetimeValue: 800, source: 'shopify', readAt: NOW.toISOString() });
    expect(read.warnings).toEqual([{ code: 'value_source_failed', values: { source: 'stripe', reason: 'rate_limited', seconds: 4 } }]);
  });

  it('gives no figure, never a guess, when every source fails', async () => {
    const stripe = source('stripe', () => Promise.reject(new HttpError(401)));
    const endpoint = source('endpoint', () => Promise.reject(new NetworkError('down')));
    const read = await readValue({ field: null, sources: [stripe, endpoint], who, cache: createValueCache(undefined, () => 0), now: () => NOW });
    expect(read.figure).toBeNull();
    expect(read.warnings.map((w) => w.values?.reason)).toEqual(['refused', 'network']);
  });

  it('says which sources knew no such customer', async () => {
    const read = await readValue({ field: null, sources: [source('stripe', async () => null)], who, cache: createValueCache(undefined, () => 0), now: () => NOW });
    expect(read).toEqual({ figure: null, warnings: [{ code: 'value_unmatched', values: { sources: 'stripe' } }] });
  });

  it('asks no source again for the same requester within ten minutes, in another app frame too', async () => {
    const store = memoryStore();
    let clock = 0;
    const stripe = source('stripe', async () => value(1500));
    const first = await readValue({ field: null, sources: [stripe], who, cache: createValueCache(store, () => clock), now: () => NOW });
    clock = 9 * 60_000;
    const again = await readValue({ field: null, sources: [stripe], who, cache: createValueCache(store, () => clock), now: () => new Date(NOW.getTime() + clock) });
    expect(again.figure).toEqual(first.figure);
    expect(stripe.calls).toHaveLength(1);
    clock = 11 * 60_000;
    await readValue({ field: null, sources: [stripe], who, cache: createValueCache(store, () => clock), now: () => NOW });
    expect(stripe.calls).toHaveLength(2);
  });

  it('does not keep a figure that came after a failure, so the failed source is asked again', async () => {
    let fail = true;
    const stripe = source('stripe', () => (fail ? Promise.reject(new NetworkError('down')) : Promise.resolve(value(2000))));
    const endpoint = source('endpoint', async () => value(300));
    const cache = createValueCache(undefined, () => 0);
    expect((await readValue({ field: null, sources: [stripe, endpoint], who, cache, now: () => NOW })).figure?.source).toBe('endpoint');
    fail = false;
    expect((await readValue({ field: null, sources: [stripe, endpoint], who, cache, now: () => NOW })).figure?.source).toBe('stripe');
  });

  it('asks nothing without an e-mail, and says so', async () => {
    const stripe = source('stripe', async () => value(1));
    const read = await readValue({ field: null, sources: [stripe], who: null, cache: createValueCache(undefined, () => 0), now: () => NOW });
    expect(read).toEqual({ figure: null, warnings: [{ code: 'value_no_email' }] });
  });
});
