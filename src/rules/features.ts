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

/** The words and pairs of words a model weighs. */
export interface Vocabulary {
  word(term: string): boolean;
  pair(first: string, second: string): boolean;
}

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
 * The features of one ticket: its customer words (stems and pairs of stems), the lexicon signals and the history facts.
 * `known`, when given, keeps only the words a model has a weight for: a ticket has hundreds of words and pairs, a model
 * knows a few of them, and the rest would only be stored to be looked up and skipped (training passes none: it needs
 * every word to choose from).
 * @example ticketFeatures(reading.words, facts).has('my lawyer') // true for "My lawyers will call"
 */
export function ticketFeatures(words: readonly CommentWords[], facts: Facts, known?: Vocabulary): Features {
  const features: Features = new Map();
  for (const { commentIndex, tokens } of words) {
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!known || known.word(token.term)) add(features, token.term, { commentIndex, start: token.start, end: token.end });
      const next = tokens[k + 1];
      if (next === undefined || token.sentenceEnd) continue;
      // The pair's name is made only when it is kept: most pairs are not, and making every one was a tenth of the cost.
      if (!known || known.pair(token.term, next.term)) add(features, `${token.term} ${next.term}`, { commentIndex, start: token.start, end: next.end });
    }
  }
  for (const { kind, commentIndex, start, end } of facts.signals) add(features, `#${kind}`, { commentIndex, start, end });
  for (const name of willfulPatternFacts(facts)) add(features, name, null);
  return features;
}
