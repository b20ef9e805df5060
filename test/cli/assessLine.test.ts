import { asSummary, assessLines, type Format } from '../../src/cli/assessLine';
import { DEFAULT_SETTINGS } from '../../src/rules';

const line = (id: string) => JSON.stringify({ id, ticket: { tags: [], comments: [{ author: 'customer', body: 'Where is my parcel?' }] }, customer: { lifetimeValue: 10, orderCount: 1, tags: [] }, history: [] });

describe('assessLines when an answer cannot be written', () => {
  it('answers that line with a plain error and goes on with the next', () => {
    // A formatter that fails as JSON.stringify does on an answer past V8's longest string.
    const format: Format = (a) => {
      if (a.id === 'huge') throw new RangeError('Invalid string length');
      return a.id;
    };
    const lines = [line('huge'), line('next')].map((text, k) => ({ text, number: k + 1 }));
    const answers = assessLines(lines, DEFAULT_SETTINGS, new Date('2026-11-01T12:00:00Z'), null, format);
    expect(JSON.parse(answers[0]!)).toEqual({ id: 'huge', line: 1, error: 'the answer could not be written (Invalid string length)' });
    expect(answers[1]).toBe('next');
  });
});

describe('the summary line', () => {
  it('writes control and bidi characters of an id and of the evidence as escapes, not raw to the terminal', () => {
    const hostile = JSON.stringify({ id: 'x\u001b[2J\u202e', ticket: { comments: [{ author: 'customer', body: 'I will sue you\u001b[31m now' }] }, customer: {} });
    const [answer] = assessLines([{ text: hostile, number: 1 }], DEFAULT_SETTINGS, new Date('2026-11-01T12:00:00Z'), null, asSummary);
    expect(answer?.includes('\u001b')).toBe(false);
    expect(answer?.includes('\u202e')).toBe(false);
    expect(answer).toContain('x\\u001b[2J\\u202e');
  });
});
