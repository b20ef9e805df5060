import type { FeatureSpan, Features, Vocabulary } from './features';
import { BEHAVIOURS, type Behaviour } from './types';
import { decodeWeights } from './weights';

/**
 * A linear model over ticket features (features.ts), as scripts/train.ts writes it: one weight per behaviour for
 * each feature it kept, stored as integers (weight × scale) so the file stays small and reads the same everywhere.
 * The weights are one flat list, a row of `labels.length` per feature in the order of `features`, stored as
 * weights.ts encodes them: a row per key would cost the sidebar two kilobytes more to download, a list of numbers three.
 */
export interface LearnedModelData {
  labels: readonly string[];
  scale: number;
  bias: readonly number[];
  features: readonly string[];
  /** encodeWeights (weights.ts) of the flat list. */
  weights: string;
}

export interface LearnedModel {
  labels: readonly Behaviour[];
  bias: Float64Array;
  weights: ReadonlyMap<string, Float64Array>;
}

/** Reads the stored model, checking that its labels are behaviours and that there is one weight per label and feature. */
export function loadModel(data: LearnedModelData): LearnedModel {
  const labels = data.labels.map((label) => {
    if (!(BEHAVIOURS as readonly string[]).includes(label)) throw new Error(`The learned model names an unknown behaviour: ${label}`);
    return label as Behaviour;
  });
  const width = labels.length;
  const stored = decodeWeights(data.weights);
  if (data.bias.length !== width || stored.length !== data.features.length * width) throw new Error('The learned model has weights of the wrong length');
  const row = (values: readonly number[]) => Float64Array.from(values, (v) => v / data.scale);
  const weights = new Map(data.features.map((name, f) => [name, row(stored.slice(f * width, (f + 1) * width))]));
  return { labels, bias: row(data.bias), weights };
}

/**
 * The words and pairs a model weighs, asked without making a pair's name: the second words that follow each first word.
 * @example vocabularyOf(model).pair('my', 'lawyer') // true when the model weighs "my lawyer"
 */
export function vocabularyOf(model: LearnedModel): Vocabulary {
  const seconds = new Map<string, Set<string>>();
  for (const name of model.weights.keys()) {
    const [first = '', second] = name.split(' ');
    if (second !== undefined) seconds.set(first, (seconds.get(first) ?? new Set()).add(second));
  }
  return { word: (term) => model.weights.has(term), pair: (first, second) => seconds.get(first)?.has(second) === true };
}

/** A feature that moved the model toward a behaviour, and where the customer wrote it. */
export interface Contribution {
  feature: string;
  weight: number;
  span: FeatureSpan;
}

export interface LearnedReading {
  /** One probability per behaviour, summing to 1. */
  probabilities: Readonly<Record<Behaviour, number>>;
  /** The scores from the customer's words alone, leaving out the features that are facts about the history (`@…`). */
  wordScores: Float64Array;
  /** The features present, with their weight row and where the customer wrote them (null for facts). */
  present: readonly { feature: string; row: Float64Array; span: FeatureSpan | null }[];
  labels: readonly Behaviour[];
}

/**
 * The model's probabilities for a ticket's features (a softmax over linear scores).
 * @example readWithModel(model, features).probabilities.legal_threat // 0.93
 */
export function readWithModel(model: LearnedModel, features: Features): LearnedReading {
  const scores = Float64Array.from(model.bias);
  const wordScores = Float64Array.from(model.bias);
  const present: LearnedReading['present'][number][] = [];
  for (const [feature, span] of features) {
    const row = model.weights.get(feature);
    if (row === undefined) continue;
    const fact = feature.startsWith('@');
    for (let c = 0; c < row.length; c++) {
      scores[c]! += row[c]!;
      if (!fact) wordScores[c]! += row[c]!;
    }
    present.push({ feature, row, span });
  }
  return { probabilities: softmax(model.labels, scores), wordScores, present, labels: model.labels };
}

/** The probability of `behaviour` from the customer's words alone (computed only when a row asks for it). */
export function wordProbability(reading: LearnedReading, behaviour: Behaviour): number {
  return softmax(reading.labels, reading.wordScores)[behaviour];
}

function softmax(labels: readonly Behaviour[], scores: Float64Array): Record<Behaviour, number> {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = exps.reduce((a, b) => a + b, 0);
  const probabilities = Object.fromEntries(BEHAVIOURS.map((b) => [b, 0])) as Record<Behaviour, number>;
  labels.forEach((label, c) => (probabilities[label] = exps[c]! / total));
  return probabilities;
}

/**
 * The features written by the customer that moved the model most toward `behaviour` over the rest, strongest first.
 * A feature counts by how much more it adds to this behaviour than to the average of the others.
 */
export function contributionsTo(reading: LearnedReading, behaviour: Behaviour, limit = 3): Contribution[] {
  const c = reading.labels.indexOf(behaviour);
  if (c === -1) return [];
  const found: Contribution[] = [];
  for (const { feature, row, span } of reading.present) {
    const weight = span === null ? 0 : lean(row, c);
    if (span !== null && weight > 0) found.push({ feature, weight, span });
  }
  return found.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, limit);
}

/** Whether any feature the customer wrote moves the model toward `behaviour` over the rest: `contributionsTo`, cheaply. */
export function hasContribution(reading: LearnedReading, behaviour: Behaviour): boolean {
  const c = reading.labels.indexOf(behaviour);
  return c !== -1 && reading.present.some(({ row, span }) => span !== null && lean(row, c) > 0);
}

/** How much more a weight row adds to label `c` than to the average of the other labels. */
function lean(row: Float64Array, c: number): number {
  let total = 0;
  for (let k = 0; k < row.length; k++) total += row[k]!;
  return row[c]! - (total - row[c]!) / (row.length - 1);
}
