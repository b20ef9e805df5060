import { assessLines, type Format } from '../../src/cli/assessLine';
import { DEFAULT_SETTINGS } from '../../src/rules';

const line = (id: string) => JSON.stringify({ id, ticket: { tags: [], comments: [{ author: 'customer', body: 'Where is my parcel?' }] }, customer: { lifetimeValue: 10, orderCount: 1, tags: [] }, history: [] });

describe('assessLines when an answer cannot be written', () => {
  it('answers that line with a plain error and goes on with the next', () => {
    // A formatter that fails as JSON.stringify does on an answer past V8's longest string.
    const format: Format = (a) => {
      if (a.id === 'huge') throw new RangeError('Invalid string length');
      return a.id;
    };
    const answers = assessLines([line('huge'), line('next')], DEFAULT_SETTINGS, new Date('2026-11-01T12:00:00Z'), null, format);
    expect(JSON.parse(answers[0]!)).toEqual({ id: 'huge', error: 'the answer could not be written (Invalid string length)' });
    expect(answers[1]).toBe('next');
  });
});
