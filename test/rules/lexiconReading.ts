import { SIGNAL_BEHAVIOUR, type SignalKind } from '../../src/rules/data/signals';
import { customerSignals } from '../../src/rules';

// Behaviours a wrong signal would make dangerous: a threat, a dispute or abuse. A docs question is not one by itself:
// it takes the history's pattern to make willful ignorance (SPEC §4 rule 5), and the classification checks that.
const DANGEROUS = new Set<string>(['legal_threat', 'payment_dispute', 'review_extortion', 'belligerent']);

/**
 * What the lexicons read in one customer message, as a verdict on `expected`: `expected` when they find a signal of it
 * (or, for legitimate, when they find nothing dangerous); otherwise the behaviour of the first wrong dangerous signal,
 * or `none`. A table of positives and hard negatives reads as `expect(lexiconReading(text, b)).toBe(b)`.
 */
export function lexiconReading(text: string, expected: string): string {
  const found = customerSignals([{ author: 'customer', body: text }]).map((s) => SIGNAL_BEHAVIOUR[s.kind as SignalKind] as string);
  const wrong = found.find((b) => b !== expected && DANGEROUS.has(b));
  if (DANGEROUS.has(expected) || expected === 'willful_ignorance') return found.includes(expected) ? expected : (wrong ?? 'none');
  if (wrong) return wrong;
  return expected === 'legitimate' || found.includes(expected) ? expected : 'none';
}
