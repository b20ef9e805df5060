import { describe, expect, it } from 'vitest';
import { isStop, readableSpans } from '../../src/rules/spans';

const LATIN = /[a-z]/g;
const ARABIC = /[\u0600-\u06ff]/g;

describe('readableSpans', () => {
  it('gives each lexicon only the sentences written in its script, with their offsets', () => {
    const text = 'مرحبا. i will sue you. سأرفع دعوى. thanks!';
    expect(readableSpans(text, LATIN).map((s) => [s.from, s.text])).toEqual([
      [6, ' i will sue you.'],
      [34, ' thanks!'],
    ]);
    expect(readableSpans(text, ARABIC).map((s) => s.text)).toEqual(['مرحبا.', ' سأرفع دعوى.']);
  });

  it('keeps neighbouring sentences of one script together, and the whole text when all of it is', () => {
    const text = 'first one. second one. third';
    expect(readableSpans(text, LATIN)).toEqual([{ from: 0, text }]);
  });

  it('finds nothing in text without the script', () => {
    expect(readableSpans('١٢٣ مرحبا', LATIN)).toEqual([]);
    expect(readableSpans('', LATIN)).toEqual([]);
  });
});

describe('isStop', () => {
  it.each([
    ['done. next', 4, true],
    ['why? ok', 3, true],
    ['لماذا؟ لا', 5, true],
    ['line\nnext', 4, true],
    ['costs £6.99 now', 7, false],
    ['a, b', 1, false],
  ] as const)('reads %j at %i as a stop: %s', (text, at, expected) => {
    expect(isStop(text, at)).toBe(expected);
  });
});
