import type { SignalKind } from './signals';

export interface LexiconEntry {
  kind: SignalKind;
  /** Regular-expression source, matched against normalised text (lower case, folded) between word boundaries. */
  pattern: string;
  /** A negator shortly before the match ("not", "never", "لن") cancels it. */
  negatable?: boolean;
}

export interface Lexicon {
  name: string;
  /** Read leetspeak in Latin words; off where digits spell letters (Franco-Arabic). */
  deleet: boolean;
  /** Arabic clitics: optional و/ف, ب/ل/ك/س and ال before a stem, pronoun endings after it. */
  arabicAffixes: boolean;
  /** Regular-expression source for a negator in the words before a match. */
  negator: string;
  /** Words that undo a negator: "I won't hesitate to sue". */
  negationBreaker: string;
  entries: readonly LexiconEntry[];
}
