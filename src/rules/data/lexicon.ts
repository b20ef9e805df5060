import type { SignalKind } from './signals';

export interface LexiconEntry {
  kind: SignalKind;
  /** Regular-expression source, matched against normalised text (lower case, folded) between word boundaries. */
  pattern: string;
  /** A negator shortly before the match ("not", "never", "لن") cancels it. */
  negatable?: boolean;
  /**
   * Regular-expression source that must also be found, between word boundaries, in the same sentence as the match
   * or the one before it: "…review…" counts as leverage only next to an ultimatum ("or", "unless", "until").
   */
  context?: string;
  /**
   * Regular-expression source that, found between word boundaries in the same sentence as the match or the one
   * before it, cancels the match: "I'll leave you five stars everywhere if you fix the sync" is a promise, not leverage.
   */
  unless?: string;
}

export interface Lexicon {
  name: string;
  /** Read leetspeak in Latin words; off where digits spell letters (Franco-Arabic). */
  deleet: boolean;
  /** Regular-expression source for text the lexicon can apply to at all; other text is not scanned. */
  script: string;
  /** Arabic clitics: optional و/ف, ب/ل/ك/س and ال before a stem, pronoun endings after it. */
  arabicAffixes: boolean;
  /** Regular-expression source for a negator in the words before a match. */
  negator: string;
  /** Words that undo a negator standing before them: "I won't hesitate to sue", "if not refunded, I'll sue". */
  negationBreaker: string;
  /**
   * Regular-expression source for words that open a condition. A negator after one, in the same clause, negates the
   * condition, not a phrase a few words on: "if it is not refunded by Monday my lawyer will call you".
   */
  conditional?: string;
  entries: readonly LexiconEntry[];
}
