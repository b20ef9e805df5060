import { createValueCache } from '../../../src/adapters/value/cache';
import { readValue } from '../../../src/adapters/value/chain';
import { loaded } from '../../../src/adapters/value/sources';
import type { ValueSource } from '../../../src/shared/valueSource';

const NOW = new Date('2026-11-01T12:00:00Z');
const who = { requesterId: '7', email: 'ana@example.com' };
const stripeReader: ValueSource = { name: 'stripe', read: async () => ({ lifetimeValue: 900, orderCount: 4, currency: 'USD', disputes: 0 }) };

describe('a source whose code is loaded on first use', () => {
  it('says the code could not be downloaded, then loads it again on the next read and gives the figure', async () => {
    let attempts = 0;
    const stripe = loaded('stripe', async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return stripeReader;
    });
    const read = () => readValue({ field: null, sources: [stripe], who, cache: createValueCache(undefined, () => 0), now: () => NOW });

    const first = await read();
    expect(first.figure).toBeNull();
    expect(first.warnings).toEqual([{ code: 'value_source_failed', values: { source: 'stripe', reason: 'not_loaded' } }]);

    const second = await read();
    expect(second.figure).toMatchObject({ lifetimeValue: 900, source: 'stripe' });
    expect(attempts).toBe(2);
  });

  it('loads the code once for many reads when it loads', async () => {
    let attempts = 0;
    const stripe = loaded('stripe', async () => ((attempts += 1), stripeReader));
    await Promise.all([stripe.read(who), stripe.read(who), stripe.read(who)]);
    expect(attempts).toBe(1);
  });
});
