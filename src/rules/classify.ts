import { CLASSIFICATION, type ClassificationParams } from './data/classification';
import MODEL_DATA from './data/model.json';
import { SIGNAL_BEHAVIOUR, type SignalKind } from './data/signals';
import type { Facts } from './facts';
import { willfulPatternFacts, type Features, type Vocabulary } from './features';
import { contributionsTo, hasContribution, loadModel, readWithModel, vocabularyOf, wordProbability, type LearnedModel, type LearnedModelData, type LearnedReading } from './learned';
import { BEHAVIOURS, type Behaviour, type BehaviourAssessment, type Comment, type Signal } from './types';

const MODEL: LearnedModel = loadModel(MODEL_DATA as LearnedModelData);

/** The words the shipped model weighs: the only ones `assess` needs to read (features.ts). */
export const MODEL_VOCABULARY: Vocabulary = vocabularyOf(MODEL);

/** Behaviours whose response is a warning or an ending (SPEC §5); the bench counts false and missed escalations by it. */
export const ESCALATING: ReadonlySet<Behaviour> = new Set(['legal_threat', 'review_extortion', 'belligerent', 'willful_ignorance']);

const MAX_CONFIDENCE = 0.95;

const behaviourOf = (signal: Signal): Behaviour | undefined => SIGNAL_BEHAVIOUR[signal.kind as SignalKind];

/**
 * The rows of the classification, in the precedence of SPEC §4. A row applies when the model gives its behaviour
 * enough probability and the row's own conditions hold; `id` names the row in the result.
 */
interface Row {
  id: string;
  behaviour: Behaviour;
  /** A condition of the policy that no wording can meet: willful ignorance needs its pattern in the history. */
  allowed?: (facts: Facts, reading: LearnedReading, params: ClassificationParams) => boolean;
}

const WILLFUL_KINDS = new Set(['docs_question', 'do_it_for_me', 'self_help_refused']);

/**
 * SPEC §4 rule 5: a request the docs answer, or for us to do the customer's work, with a pattern — a repeat pattern, a
 * net drain with three earlier tickets, or an explicit refusal to learn with two earlier tickets in 30 days. The
 * request must be in the words (a lexicon entry, or the model reading the words alone): a busy customer's report of our
 * own mistake is not willful ignorance. The refusal is the lexicon's, or the words' reading when it is sure enough.
 */
function willfulPattern(facts: Facts, reading: LearnedReading, params: ClassificationParams): boolean {
  const pattern = willfulPatternFacts(facts);
  if (pattern.length === 0) return false;
  const words = wordProbability(reading, 'willful_ignorance');
  const asks = facts.signals.some((s) => WILLFUL_KINDS.has(s.kind)) || words >= params.willfulWordsFloor;
  if (!asks) return false;
  if (pattern.includes('@repeat') || pattern.includes('@drain')) return true;
  const refuses = facts.signals.some((s) => s.kind === 'self_help_refused') || words >= params.refusalFloor;
  return pattern.includes('@month2') && refuses;
}

const ROWS: readonly Row[] = BEHAVIOURS.map((behaviour, k) => ({
  id: `C${k + 1}`,
  behaviour,
  ...(behaviour === 'willful_ignorance' ? { allowed: willfulPattern } : {}),
}));

/** The customer's phrases behind a behaviour: the lexicons' signals for it, else the words that moved the model most. */
function evidenceFor(behaviour: Behaviour, facts: Facts, reading: LearnedReading, limit: number): Signal[] {
  const own = facts.signals.filter((s) => behaviourOf(s) === behaviour);
  if (own.length > 0 || behaviour === 'legitimate') return own;
  const found: Signal[] = [];
  for (const { span } of contributionsTo(reading, behaviour, limit)) {
    if (found.some((s) => s.commentIndex === span.commentIndex && s.start <= span.start && span.end <= s.end)) continue;
    found.push({ kind: `learned_${behaviour}` as SignalKind, evidence: '', commentIndex: span.commentIndex, start: span.start, end: span.end });
  }
  return found;
}

export interface Classification {
  assessment: BehaviourAssessment;
  /** The row that decided, and the signals that are its evidence. */
  row: string;
  evidence: Signal[];
}

/** Behaviours whose lexicon entries are precise enough to stand against the model's doubt: threats, disputes, abuse. */
const LEXICON_TRUSTED: ReadonlySet<Behaviour> = new Set(['legal_threat', 'payment_dispute', 'review_extortion', 'belligerent']);


/**
 * The model's probability for `behaviour` among the readings that do not escalate otherwise. The model may overrule a
 * lexicon entry by reading the text as innocent ("Sue from billing said…"), not by reading another escalation beside it:
 * an insult and a lawsuit in one message is still a legal threat, first in precedence, however loud the insult.
 */
function againstCalmerReadings(behaviour: Behaviour, p: Readonly<Record<Behaviour, number>>): number {
  let others = 0;
  for (const b of ESCALATING) if (b !== behaviour) others += p[b];
  return others < 1 ? p[behaviour] / (1 - others) : 0;
}

/**
 * The primary behaviour: the first row, in precedence order, that applies; else the likeliest allowed row. A row
 * applies when the model gives it `precedenceFloor`, or when a lexicon entry found it and the model gives it at least
 * `lexiconVeto` against the calmer readings (so "Sue from billing" can be overruled, "I will report you to trading
 * standards" cannot be missed).
 * An escalating behaviour the lexicons did not find needs `escalationFloor`, and every behaviour but legitimate needs
 * the customer's own words behind it.
 */
export function classifyWith(facts: Facts, features: Features, model: LearnedModel, params: ClassificationParams = CLASSIFICATION): Classification {
  const reading = readWithModel(model, features);
  const p = reading.probabilities;
  // Evidence is gathered only for the row chosen; the others need only know that some exists.
  const candidates = ROWS.filter((row) => row.allowed?.(facts, reading, params) ?? true)
    .map((row) => {
      const own = facts.signals.some((s) => behaviourOf(s) === row.behaviour);
      return { row, own, lexicon: own && LEXICON_TRUSTED.has(row.behaviour) && againstCalmerReadings(row.behaviour, p) >= params.lexiconVeto };
    })
    .filter(({ row, own, lexicon }) => {
      if (row.behaviour === 'legitimate' || lexicon) return true;
      const words = own || hasContribution(reading, row.behaviour);
      return words && (!ESCALATING.has(row.behaviour) || p[row.behaviour] >= params.escalationFloor);
    });
  const best =
    candidates.find(({ row, lexicon }) => p[row.behaviour] >= params.precedenceFloor || lexicon) ??
    [...candidates].sort((a, b) => p[b.row.behaviour] - p[a.row.behaviour])[0];
  const row = best?.row ?? ROWS[ROWS.length - 1]!;
  const chosen = { row, evidence: evidenceFor(row.behaviour, facts, reading, params.evidenceLimit) };
  const primary = chosen.row.behaviour;
  return {
    // A model's probability near 1 still errs on tickets unlike its data: the panel never says "100% confident".
    assessment: { primary, confidence: Math.min(MAX_CONFIDENCE, Math.round(p[primary] * 100) / 100), signals: facts.signals },
    row: chosen.row.id,
    evidence: chosen.evidence,
  };
}

/**
 * Classifies the customer's behaviour (SPEC §4) in the ticket's `comments`; every lexicon signal is still reported, and
 * the model's evidence is added, quoted from the comments, where the lexicons found none for the primary behaviour.
 * @example classify(facts, features, comments).primary // 'legal_threat'
 */
export function classify(facts: Facts, features: Features, comments: readonly Comment[], model: LearnedModel = MODEL): BehaviourAssessment {
  const { assessment, evidence } = classifyWith(facts, features, model);
  const learned = evidence
    .filter((s) => s.kind.startsWith('learned_'))
    .map((s) => ({ ...s, evidence: comments[s.commentIndex]?.body.slice(s.start, s.end) ?? '' }));
  if (learned.length === 0) return assessment;
  const signals = [...assessment.signals, ...learned].sort((a, b) => a.commentIndex - b.commentIndex || a.start - b.start || a.end - b.end);
  return { ...assessment, signals };
}
