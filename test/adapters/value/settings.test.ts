import { valueSettings } from '../../../src/adapters/value/settings';

describe('the value-source settings', () => {
  it('reads the sources in the order given, the currency and the addresses', () => {
    const s = valueSettings({ valueSources: 'shopify, stripe', accountCurrency: 'eur', companionUrl: 'https://fairline.example.com', valueEndpointUrl: 'https://shop.example.com/ltv' });
    expect(s).toMatchObject({ order: ['shopify', 'stripe'], accountCurrency: 'EUR', companionUrl: 'https://fairline.example.com', endpointUrl: 'https://shop.example.com/ltv', syncVipTag: true, issues: [] });
  });

  it('turns off what it does not understand, each with a plain issue', () => {
    const s = valueSettings({ valueSources: 'stripe,paypal', accountCurrency: 'dollars', valueEndpointUrl: 'http://shop.example.com/ltv' });
    expect(s.order).toEqual(['stripe']);
    expect(s.accountCurrency).toBeNull();
    expect(s.endpointUrl).toBeNull();
    expect(s.issues).toHaveLength(3);
    expect(s.issues.join(' ')).toMatch(/paypal.*not a source.*three-letter.*https:\/\//s);
  });

  it('lets the admin turn the VIP user tag off', () => {
    expect(valueSettings({ syncVipTag: false }).syncVipTag).toBe(false);
    expect(valueSettings({}).syncVipTag).toBe(true);
  });
});
