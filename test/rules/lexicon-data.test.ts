import { LEXICON_AR } from '../../src/rules/data/lexicon-ar';
import { LEXICON_EN } from '../../src/rules/data/lexicon-en';
import type { Lexicon } from '../../src/rules/data/lexicon';

/** Every expression a lexicon holds: entries, contexts, negators and breakers. */
const sources = (lexicon: Lexicon) => [
  lexicon.negator,
  lexicon.negationBreaker,
  ...lexicon.entries.flatMap((e) => (e.context ? [e.pattern, e.context] : [e.pattern])),
];
// Escapes such as \p{L}, \d and \n are not letters of the text.
const withoutEscapes = (source: string) => source.replace(/\\[pP]\{[^}]*\}|\\./g, '');

describe('lexicon data', () => {
  it('spells every Arabic pattern as normalised text is spelled, or it could never match', () => {
    // Normalisation folds أ إ آ → ا, ى → ي, ة → ه, ئ → ي, ؤ → و and drops diacritics and tatweel.
    const unnormalised = /[أإآىةئؤ]|[\u064B-\u0652]|\u0640/u;
    const misspelled = sources(LEXICON_AR).filter((s) => unnormalised.test(withoutEscapes(s)));
    expect(misspelled).toEqual([]);
  });

  it('writes every English pattern in lower case, as normalised text is', () => {
    const misspelled = sources(LEXICON_EN).filter((s) => /[A-Z]/.test(withoutEscapes(s)));
    expect(misspelled).toEqual([]);
  });
});
