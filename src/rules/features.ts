import type { Facts } from './facts';
import type { CommentWords } from './signals';

/** Where a feature was seen: a span of one customer comment's original body. */
export interface FeatureSpan {
  commentIndex: number;
  start: number;
  end: number;
}

/**
 * The features of one ticket, each with the first place in the customer's text it came from (null for facts): the
 * model reads only whether a feature is there, and the evidence quotes its first occurrence.
 * Names: a stem (`lawyer`), two stems in a row within a sentence (`my lawyer`), a lexicon signal (`#chargeback`),
 * a fact about the history (`@pattern`).
 */
export type Features = Map<string, FeatureSpan | null>;

function add(features: Features, name: string, span: FeatureSpan | null): void {
  if (!features.has(name)) features.set(name, span);
}

/**
 * The willful-ignorance pattern of SPEC §4 rule 5 as plain facts, so the model can weigh a docs question by it;
 * the rule itself still decides whether willful ignorance may be the primary behaviour (classify.ts).
 */
export function willfulPatternFacts(facts: Facts): string[] {
  const names: string[] = [];
  if (facts.repeatPattern) names.push('@repeat');
  if (facts.netDrain && facts.ticketsLastYear >= 3) names.push('@drain');
  if (facts.ticketsLastMonth >= 2) names.push('@month2');
  return names;
}

/**
 * Every feature of one ticket: its customer words (stems and pairs of stems), the lexicon signals and the history facts.
 * @example ticketFeatures(reading.words, facts).has('my lawyer') // true for "My lawyers will call"
 */
export function ticketFeatures(words: readonly CommentWords[], facts: Facts): Features {
  const features: Features = new Map();
  for (const { commentIndex, tokens } of words) {
    tokens.forEach((token, k) => {
      add(features, token.term, { commentIndex, start: token.start, end: token.end });
      const next = tokens[k + 1];
      if (next !== undefined && !token.sentenceEnd) add(features, `${token.term} ${next.term}`, { commentIndex, start: token.start, end: next.end });
    });
  }
  for (const { kind, commentIndex, start, end } of facts.signals) add(features, `#${kind}`, { commentIndex, start, end });
  for (const name of willfulPatternFacts(facts)) add(features, name, null);
  return features;
}
