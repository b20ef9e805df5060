import { check, type Diagnostics } from 'recheck';
import { LEXICON_AR } from '../../src/rules/data/lexicon-ar';
import { LEXICON_EN } from '../../src/rules/data/lexicon-en';
import { LITMUS_AR } from '../../src/rules/data/litmus-ar';
import { LITMUS_EN } from '../../src/rules/data/litmus-en';
import { AFTER, ARABIC_PREFIX, ARABIC_SUFFIX, BEFORE, entrySource } from '../../src/rules/match';

const LEXICONS = [LEXICON_EN, LEXICON_AR];

/**
 * 'safe', or why not. The automaton checker decides exactly (a bounded gap such as [^.]{0,60} is linear) but can time
 * out on a large expression; then the fuzz checker, which tries attack strings, must find none. The fuzz checker's
 * own model of backtracking can call an expression V8 runs in linear time quadratic (an Arabic phrase with its
 * optional clitics), so the exact checker gets the time it needs on a busy machine.
 */
async function safety(source: string): Promise<string> {
  const exact = await check(source, 'u', { checker: 'automaton', timeout: 40_000 });
  if (exact.status !== 'unknown') return exact.status === 'safe' ? 'safe' : explain(exact);
  const fuzzed = await check(source, 'u', { checker: 'fuzz', timeout: 20_000 });
  return fuzzed.status === 'safe' ? 'safe' : explain(fuzzed);
}

// The word-boundary look-arounds the matcher adds test one character and cannot backtrack, so each entry is checked
// without them.
const explain = (result: Diagnostics) =>
  result.status === 'vulnerable' ? `${result.complexity.summary}: ${result.attack.pattern}` : result.status === 'unknown' ? JSON.stringify(result.error) : 'safe';

// The matcher joins runs of entries into top-level alternations between boundary look-arounds; at each start position
// a run costs the sum of its entries' costs there, so the whole is linear when every entry is.
describe('lexicon patterns', () => {
  it('has entries to check', () => {
    expect(LEXICONS.every((l) => l.entries.length > 10)).toBe(true);
  });

  it.each(LEXICONS.flatMap((l) => l.entries.map((e, i) => [`${l.name} #${i} (${e.kind})`, l, i] as const)))(
    '%s has no capturing group and no catastrophic backtracking',
    async (_, lexicon, index) => {
      const { pattern } = lexicon.entries[index]!;
      expect(new RegExp(`|${pattern}`, 'u').exec('')!.length).toBe(1);
      expect(await safety(entrySource(lexicon, pattern))).toBe('safe');
    },
    90_000,
  );
});

// The litmus test runs on what the agent types, as they type: its phrases must be linear too. They are checked as
// they run, between the word-boundary look-arounds: a phrase starts only where a word starts.
describe('litmus phrases', () => {
  const phrases = [LITMUS_EN, LITMUS_AR].flatMap((lexicon, l) =>
    Object.entries(lexicon.phrases).flatMap(([kind, sources]) => sources.map((source, i) => [`${l === 0 ? 'en' : 'ar'} ${kind} #${i}`, source, l === 1] as const)),
  );

  it.each(phrases)(
    '%s has no capturing group and no catastrophic backtracking',
    async (_, source, arabic) => {
      expect(new RegExp(`|${source}`, 'u').exec('')!.length).toBe(1);
      const [prefix, suffix] = arabic ? [ARABIC_PREFIX, ARABIC_SUFFIX] : ['', ''];
      expect(await safety(`${BEFORE}${prefix}(?:${source})${suffix}${AFTER}`)).toBe('safe');
    },
    90_000,
  );
});
