import { DEFAULT_SETTINGS, ltvTier } from '../../src/rules';
import { ltvAssessment } from '../../src/rules/ltv';

describe('ltvTier', () => {
  it.each([
    [null, 3, 'unknown'],
    [0, 0, 'new'],
    [120, 0, 'new'],
    [249.99, 4, 'standard'],
    [250, 4, 'loyal'],
    [999, 9, 'loyal'],
    [1000, 9, 'vip'],
    [1840, null, 'vip'],
    [-40, 3, 'standard'],
  ] as const)('puts a customer with LTV %s and %s orders in tier %s', (lifetimeValue, orderCount, tier) => {
    expect(ltvTier({ lifetimeValue, orderCount }, DEFAULT_SETTINGS)).toBe(tier);
  });

  it('follows the configured thresholds', () => {
    expect(ltvTier({ lifetimeValue: 500, orderCount: 3 }, { ...DEFAULT_SETTINGS, vipThreshold: 400, loyalThreshold: 100 })).toBe('vip');
  });
});

describe('ltvAssessment', () => {
  const customer = (lifetimeValue: number | null) => ({ lifetimeValue, orderCount: 1, tags: [] });

  it('costs (earlier tickets in the year + 1) × cost per ticket', () => {
    expect(ltvAssessment(customer(300), 2, DEFAULT_SETTINGS)).toEqual({ tier: 'loyal', value: 300, supportCost: 45, costRatio: 0.15 });
  });

  it('has an infinite ratio when LTV is 0 and none when it is unknown', () => {
    expect(ltvAssessment(customer(0), 0, DEFAULT_SETTINGS).costRatio).toBe('infinite');
    expect(ltvAssessment(customer(null), 0, DEFAULT_SETTINGS).costRatio).toBeNull();
  });

  it('writes the infinite ratio and the unknown one differently in JSON', () => {
    const infinite = JSON.stringify(ltvAssessment(customer(-40), 0, DEFAULT_SETTINGS));
    const unknown = JSON.stringify(ltvAssessment(customer(null), 0, DEFAULT_SETTINGS));
    expect(JSON.parse(infinite).costRatio).toBe('infinite');
    expect(JSON.parse(unknown).costRatio).toBeNull();
  });
});
