import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICON_AR } from '../../src/rules/data/lexicon-ar';
import { LEXICON_EN } from '../../src/rules/data/lexicon-en';
import { requiredLiterals } from '../../src/rules/literals';
import { compileLexicon, findSignals, type CompiledLexicon } from '../../src/rules/match';
import { normalise } from '../../src/rules/normalise';

describe('requiredLiterals', () => {
  it.each([
    ["(?:i will|i'll) (?:sue|report) you", ['i will sue you', 'i will report you', "i'll sue you", "i'll report you"]],
    ['(?:a |an )?dispute', ['dispute']],
    ['[^abc]def', ['def']],
    ['\\d{2} dollars', [' dollars']],
    ['\\u0600abc', ['abc']],
    ['k{1,2}x', ['kx']],
    ['(?:ab)+c?', ['ab']],
    ['(?<!no )sue(?= you)', ['sue']],
    ['(?:sue|suing)(?: you)?', ['sue', 'suing']],
    ['thanks 🙏{1,2}', ['thanks 🙏']],
  ])('finds what every match of %s holds', (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it.each(['a|b*', '(?:x)?', '🙏?', '[a-z]{2,5}', '\\p{L}+', '(?<name>x)', '(unclosed'])('vouches for nothing in %s', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });

  it('finds a requirement for every lexicon entry, so every run can be skipped in text that lacks them', () => {
    for (const entry of [...LEXICON_EN.entries, ...LEXICON_AR.entries]) expect(requiredLiterals(entry.pattern), entry.pattern).not.toBeNull();
  });
});

describe('skipping text that lacks what a run requires', () => {
  const unfiltered = (lexicon: CompiledLexicon): CompiledLexicon => ({ ...lexicon, runs: lexicon.runs.map((run) => ({ ...run, needs: null })) });
  const lexicons = [
    [compileLexicon(LEXICON_EN), true],
    [compileLexicon(LEXICON_AR), false],
  ] as const;

  /** Sentences full of phrases, cut at random places and joined, so that random text holds phrases and parts of them. */
  const sentences = [
    'My lawyer will be in touch, and I am disputing the charge with my bank.',
    'You people are idiots; fix it or I will leave a one-star review everywhere.',
    'I typed the wrong address and the tracking says delivered, can you just do it for me?',
    'I want a full refund plus a free upgrade, Amazon would take it back.',
    'سأرفع دعوى قضائية ضدكم وسأفتح نزاع مع البنك.',
    'انتو اغبياء، لو ما رجعتوا فلوسي هكتب تقييم سيء في كل مكان.',
    'كتبت العنوان القديم بالغلط، ممكن تسووها بدالي؟',
    'ya 7aramiya, ha3mel chargeback w hashtaky 3leko.',
  ];
  const piece = fc
    .tuple(fc.constantFrom(...sentences), fc.nat(), fc.nat())
    .map(([sentence, a, b]) => sentence.slice(Math.min(a, b) % sentence.length, Math.max(a, b) % (sentence.length + 1) || undefined));
  const text = fc
    .array(fc.oneof(fc.constantFrom(...sentences), piece, fc.constantFrom(' not ', ' لا ', '. ', '1'), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(' '));

  it('finds exactly what the unfiltered expressions find, in any text', () => {
    fc.assert(
      fc.property(text, (body) => {
        for (const [lexicon, deleet] of lexicons) {
          const normalised = normalise(body, { deleet });
          expect(findSignals(normalised, lexicon)).toEqual(findSignals(normalised, unfiltered(lexicon)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is tested on text that holds phrases often', () => {
    const samples = fc.sample(text, { numRuns: 200, seed: 1 });
    const withPhrases = samples.filter((body) => lexicons.some(([lexicon, deleet]) => findSignals(normalise(body, { deleet }), lexicon).length > 0));
    expect(withPhrases.length).toBeGreaterThan(samples.length / 2);
  });
});
