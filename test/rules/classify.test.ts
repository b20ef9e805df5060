import { classify, classifyWith } from '../../src/rules/classify';
import { CLASSIFICATION } from '../../src/rules/data/classification';
import type { Facts } from '../../src/rules/facts';
import type { Features } from '../../src/rules/features';
import { loadModel } from '../../src/rules/learned';
import { encodeWeights } from '../../src/rules/weights';
import { BEHAVIOURS, type Behaviour, type Signal } from '../../src/rules';

// The classification table read from fact fixtures: a model made by hand that gives exactly the probabilities a row
// is about, and the facts the rows read. No lexicon, no trained weights.

/** Facts of a customer with no history, with these signals. */
function facts(overrides: Partial<Facts> = {}): Facts {
  return {
    ltv: { tier: 'standard', value: 120, supportCost: 15, costRatio: 0.125 },
    signals: [],
    recentTickets: 0,
    ticketsLastMonth: 0,
    ticketsLastYear: 0,
    repeatPattern: false,
    netDrain: false,
    warning: null,
    termination: null,
    priorWarning: false,
    terminated: false,
    priorDisputes: null,
    language: 'en',
    ...overrides,
  };
}

const SPAN = { commentIndex: 0, start: 0, end: 5 };

/** A model with one feature, `words`, whose weights make the softmax give `probabilities` (the rest share what is left). */
function modelGiving(probabilities: Partial<Record<Behaviour, number>>) {
  const given = Object.values(probabilities).reduce((a, b) => a + b, 0);
  const rest = (1 - given) / (BEHAVIOURS.length - Object.keys(probabilities).length);
  // At this scale the stored integers stay within what weights.ts stores, and a probability is off by 0.2% at most.
  const row = BEHAVIOURS.map((b) => Math.round(Math.log(probabilities[b] ?? Math.max(rest, 1e-6)) * 250));
  return loadModel({ labels: BEHAVIOURS, scale: 250, bias: BEHAVIOURS.map(() => 0), features: ['words'], weights: encodeWeights(row) });
}

const WORDS: Features = new Map([['words', SPAN]]);
const signal = (kind: string): Signal => ({ kind, evidence: 'words', ...SPAN });
const primaryOf = (p: Partial<Record<Behaviour, number>>, f: Facts = facts(), features: Features = WORDS) => classifyWith(f, features, modelGiving(p)).assessment.primary;

describe('the classification table', () => {
  it('takes the likeliest behaviour when no row reaches the precedence floor', () => {
    expect(primaryOf({ customer_error: 0.3, unreasonable_demand: 0.2, legitimate: 0.25 })).toBe('customer_error');
  });

  it('lets an earlier row in precedence win over a likelier later one once it reaches the precedence floor', () => {
    expect(primaryOf({ payment_dispute: CLASSIFICATION.precedenceFloor + 0.01, belligerent: 0.55 })).toBe('payment_dispute');
    expect(primaryOf({ payment_dispute: CLASSIFICATION.precedenceFloor - 0.1, belligerent: 0.55 })).toBe('belligerent');
  });

  it('needs the escalation floor before the model alone can warn or end a relationship', () => {
    expect(primaryOf({ belligerent: CLASSIFICATION.escalationFloor - 0.02, legitimate: 0.3 })).toBe('legitimate');
    expect(primaryOf({ belligerent: CLASSIFICATION.escalationFloor + 0.02, legitimate: 0.3 })).toBe('belligerent');
  });

  it('keeps a threat a lexicon entry found unless the model all but rules it out', () => {
    const found = facts({ signals: [signal('legal_threat')] });
    expect(primaryOf({ legal_threat: CLASSIFICATION.lexiconVeto + 0.02, legitimate: 0.8 }, found)).toBe('legal_threat');
    expect(primaryOf({ legal_threat: CLASSIFICATION.lexiconVeto / 2, legitimate: 0.8 }, found)).toBe('legitimate');
  });

  it('keeps a threat a lexicon entry found when the model reads another escalation beside it, not innocence', () => {
    const found = facts({ signals: [signal('legal_threat'), signal('insult')] });
    expect(primaryOf({ legal_threat: 0.1, belligerent: 0.85, legitimate: 0.03 }, found)).toBe('legal_threat');
    expect(primaryOf({ legal_threat: 0.1, customer_error: 0.85, legitimate: 0.03 }, found)).toBe('customer_error');
  });

  it('does not let a lexicon entry for a softer behaviour stand against the model', () => {
    const found = facts({ signals: [signal('asks_free')] });
    expect(primaryOf({ unreasonable_demand: 0.15, legitimate: 0.6 }, found)).toBe('legitimate');
  });

  it('never makes willful ignorance primary without its pattern, however sure the model is', () => {
    expect(primaryOf({ willful_ignorance: 0.9, legitimate: 0.05 })).toBe('legitimate');
  });

  it('allows willful ignorance with a repeat pattern, or a net drain with three earlier tickets', () => {
    expect(primaryOf({ willful_ignorance: 0.9 }, facts({ repeatPattern: true, recentTickets: 4 }))).toBe('willful_ignorance');
    expect(primaryOf({ willful_ignorance: 0.9 }, facts({ netDrain: true, ticketsLastYear: 3 }))).toBe('willful_ignorance');
    expect(primaryOf({ willful_ignorance: 0.9 }, facts({ netDrain: true, ticketsLastYear: 2 }))).not.toBe('willful_ignorance');
  });

  it('with two earlier tickets this month, takes willful ignorance only beside a refusal to learn', () => {
    const busy = facts({ ticketsLastMonth: 2, ticketsLastYear: 2 });
    const sure = CLASSIFICATION.refusalFloor + 0.05;
    expect(primaryOf({ willful_ignorance: sure }, busy)).toBe('willful_ignorance');
    expect(primaryOf({ willful_ignorance: CLASSIFICATION.refusalFloor - 0.1, legitimate: 0.3 }, busy)).toBe('legitimate');
    expect(primaryOf({ willful_ignorance: CLASSIFICATION.refusalFloor - 0.1, legitimate: 0.3 }, { ...busy, signals: [signal('self_help_refused')] })).toBe('willful_ignorance');
  });

  it('needs the customer’s own words behind any behaviour but legitimate', () => {
    const noWords: Features = new Map([['words', null]]);
    expect(primaryOf({ customer_error: 0.9 }, facts(), noWords)).toBe('legitimate');
  });

  it('names the row that decided, in the precedence of SPEC §4', () => {
    const { row } = classifyWith(facts(), WORDS, modelGiving({ review_extortion: 0.9 }));
    expect(row).toBe('C3');
  });

  it('quotes the customer’s words that moved the model when no lexicon entry found the behaviour', () => {
    const comments = [{ author: 'customer' as const, body: 'words of the customer' }];
    const result = classify(facts(), WORDS, comments, modelGiving({ belligerent: 0.9 }));
    expect(result.primary).toBe('belligerent');
    expect(result.signals).toEqual([{ kind: 'learned_belligerent', evidence: 'words', commentIndex: 0, start: 0, end: 5 }]);
  });

  it('reports the model’s probability as the confidence, never above 0.95', () => {
    expect(classifyWith(facts(), WORDS, modelGiving({ customer_error: 0.7 })).assessment.confidence).toBe(0.7);
    expect(classifyWith(facts(), WORDS, modelGiving({ customer_error: 0.999 })).assessment.confidence).toBe(0.95);
  });
});
