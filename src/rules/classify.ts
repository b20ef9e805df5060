import { SIGNAL_BEHAVIOUR, type SignalKind } from './data/signals';
import type { Facts } from './facts';
import type { Behaviour, BehaviourAssessment, Signal } from './types';

const behaviourOf = (signal: Signal): Behaviour | undefined => SIGNAL_BEHAVIOUR[signal.kind as SignalKind];
const has = (facts: Facts, behaviour: Behaviour) => facts.signals.some((s) => behaviourOf(s) === behaviour);
const hasKind = (facts: Facts, kind: SignalKind) => facts.signals.some((s) => s.kind === kind);
const count = (facts: Facts, behaviour: Behaviour) => facts.signals.filter((s) => behaviourOf(s) === behaviour).length;

/**
 * Whether the customer asks what the docs answer or for us to do their work. A question or a request beside a problem
 * the customer reports (our mistake or theirs) is about that problem: "How do I get my money back? You charged me
 * twice." An explicit refusal to learn stands on its own.
 */
function asksForSelfHelp(facts: Facts): boolean {
  if (hasKind(facts, 'self_help_refused')) return true;
  const asks = facts.signals.some((s) => behaviourOf(s) === 'willful_ignorance');
  const reportsProblem = facts.signals.some((s) => behaviourOf(s) === 'legitimate' || behaviourOf(s) === 'customer_error');
  return asks && !reportsProblem;
}

/** A docs question alone is legitimate; it takes a pattern to make it willful ignorance (SPEC §4, rule 5). */
function willfulPattern(facts: Facts): boolean {
  return (
    facts.repeatPattern ||
    (facts.netDrain && facts.ticketsLastYear >= 3) ||
    (hasKind(facts, 'self_help_refused') && facts.ticketsLastMonth >= 2)
  );
}

/** A demand beyond the promise. Asking for it free is none when we made the mistake: that we fix 100%. */
function demandsBeyondPromise(facts: Facts): boolean {
  const ourMistake = hasKind(facts, 'our_mistake');
  return facts.signals.some((s) => behaviourOf(s) === 'unreasonable_demand' && (s.kind !== 'asks_free' || !ourMistake));
}

/** The customer's error, unless our own mistake outweighs it. */
function customerError(facts: Facts): boolean {
  const errors = count(facts, 'customer_error');
  return errors > 0 && errors >= count(facts, 'legitimate');
}

/** The precedence table: the first rule that applies names the primary behaviour. */
const RULES: readonly { behaviour: Behaviour; when: (facts: Facts) => boolean }[] = [
  { behaviour: 'legal_threat', when: (f) => has(f, 'legal_threat') },
  { behaviour: 'payment_dispute', when: (f) => has(f, 'payment_dispute') },
  { behaviour: 'review_extortion', when: (f) => has(f, 'review_extortion') },
  { behaviour: 'belligerent', when: (f) => has(f, 'belligerent') },
  { behaviour: 'willful_ignorance', when: (f) => asksForSelfHelp(f) && willfulPattern(f) },
  { behaviour: 'unreasonable_demand', when: demandsBeyondPromise },
  { behaviour: 'customer_error', when: customerError },
  { behaviour: 'legitimate', when: () => true },
];

/** Confidence grows with the number of distinct phrases behind the primary behaviour. */
function confidence(facts: Facts, primary: Behaviour): number {
  const support = new Set(facts.signals.filter((s) => behaviourOf(s) === primary).map((s) => s.evidence.toLowerCase())).size;
  if (primary === 'legitimate') return support > 0 ? 0.8 : 0.6;
  const base = primary === 'willful_ignorance' ? 0.6 : 0.65;
  return Math.min(0.95, Math.round((base + 0.1 * Math.min(support, 3)) * 100) / 100);
}

/**
 * Classifies the customer's behaviour by precedence; every signal is still reported.
 * @example classify(facts).primary // 'legal_threat'
 */
export function classify(facts: Facts): BehaviourAssessment {
  const primary = RULES.find((rule) => rule.when(facts))?.behaviour ?? 'legitimate';
  return { primary, confidence: confidence(facts, primary), signals: facts.signals };
}
