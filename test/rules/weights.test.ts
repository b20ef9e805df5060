import fc from 'fast-check';
import { decodeWeights, encodeWeights } from '../../src/rules/weights';

describe('the stored form of learned weights', () => {
  it('gives back every integer it stored, in order, small and large', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -4140, max: 4140 })), (values) => {
        expect(decodeWeights(encodeWeights(values))).toEqual(values);
      }),
    );
  });

  it('stores a weight from -45 to 45 in one character and a larger one in three', () => {
    expect(encodeWeights([-45, 0, 45])).toHaveLength(3);
    expect(encodeWeights([46, -46])).toHaveLength(6);
  });

  it('stores nothing that JSON or a JavaScript string must escape', () => {
    const stored = encodeWeights(Array.from({ length: 8281 }, (_, k) => k - 4140));
    expect(stored).not.toMatch(/["\\\s]/);
  });

  it('refuses a weight it could not give back, and stored text it did not write', () => {
    expect(() => encodeWeights([4141])).toThrow(/too large/);
    expect(() => encodeWeights([0.5])).toThrow(/integer/);
    expect(() => decodeWeights('P\\P')).toThrow(/unknown character at 1/);
    expect(() => decodeWeights('P!')).toThrow(/unknown character at 2/);
  });
});
