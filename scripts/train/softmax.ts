import type { LearnedModelData } from '../../src/rules/learned';
import { encodeWeights } from '../../src/rules/weights';
import { BEHAVIOURS, type Behaviour } from '../../src/rules';
import type { Example } from './dataset';

export interface TrainOptions {
  /** L2 penalty on the weights. */
  l2: number;
  iterations: number;
  learningRate: number;
  /** A feature is learned only when this many training tickets have it. */
  minCount: number;
  /** A feature whose largest centred weight in the first model is below this is dropped before the second. */
  prune: number;
  /** Stored weights are integers: weight × scale. */
  scale: number;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 0.0001, iterations: 150, learningRate: 0.1, minCount: 2, prune: 0.26, scale: 20 };

/**
 * Multinomial logistic regression on binary features, trained by full-batch Adam from zero weights: deterministic,
 * the same model for the same examples and options.
 */
export function trainSoftmax(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN): LearnedModelData {
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const frequent = [...counts].filter(([, n]) => n >= options.minCount).map(([name]) => name).sort();
  // Learn on every frequent feature, keep those that move a score, then learn again on those alone: the kept weights
  // take up what the dropped ones carried, which costs far less accuracy than dropping them from the first model.
  const first = fit(examples, frequent, options);
  const kept = frequent.filter((_, f) => Math.max(...first.W.subarray(f * first.C, f * first.C + first.C).map(Math.abs)) >= options.prune);
  const { W, b, C } = fit(examples, kept, options);
  const features: string[] = [];
  const weights: number[] = [];
  kept.forEach((name, f) => {
    const stored = Array.from(W.subarray(f * C, f * C + C), (v) => Math.round(v * options.scale));
    if (stored.every((v) => v === 0)) return;
    features.push(name);
    weights.push(...stored);
  });
  return { labels: [...BEHAVIOURS], scale: options.scale, bias: Array.from(b, (v) => Math.round(v * options.scale)), features, weights: encodeWeights(weights) };
}

/** Weights centred per feature (a softmax does not change when a feature adds the same to every score) and biases. */
function fit(examples: readonly Example[], names: readonly string[], options: TrainOptions): { W: Float64Array; b: Float64Array; C: number } {
  const labels: readonly Behaviour[] = BEHAVIOURS;
  const C = labels.length;
  const index = new Map(names.map((name, k) => [name, k]));
  const rows = examples.map((e) => Int32Array.from([...e.features.keys()].map((n) => index.get(n) ?? -1).filter((k) => k >= 0)));
  const ys = examples.map((e) => labels.indexOf(e.behaviour));
  const F = names.length;
  const W = new Float64Array(F * C), b = new Float64Array(C);
  const mW = new Float64Array(F * C), vW = new Float64Array(F * C), mb = new Float64Array(C), vb = new Float64Array(C);
  const gW = new Float64Array(F * C), gb = new Float64Array(C);
  const n = examples.length;
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  const scores = new Float64Array(C);
  for (let t = 1; t <= options.iterations; t++) {
    gW.fill(0);
    gb.fill(0);
    rows.forEach((row, i) => {
      for (let c = 0; c < C; c++) scores[c] = b[c]!;
      for (const f of row) for (let c = 0; c < C; c++) scores[c]! += W[f * C + c]!;
      const top = Math.max(...scores);
      let total = 0;
      for (let c = 0; c < C; c++) total += scores[c] = Math.exp(scores[c]! - top);
      for (let c = 0; c < C; c++) {
        const g = (scores[c]! / total - (c === ys[i] ? 1 : 0)) / n;
        gb[c]! += g;
        for (const f of row) gW[f * C + c]! += g;
      }
    });
    const step = (p: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, decay: number) => {
      for (let k = 0; k < p.length; k++) {
        const grad = g[k]! + decay * p[k]!;
        m[k] = beta1 * m[k]! + (1 - beta1) * grad;
        v[k] = beta2 * v[k]! + (1 - beta2) * grad * grad;
        const mh = m[k]! / (1 - beta1 ** t), vh = v[k]! / (1 - beta2 ** t);
        p[k]! -= (options.learningRate * mh) / (Math.sqrt(vh) + eps);
      }
    };
    step(W, gW, mW, vW, options.l2);
    step(b, gb, mb, vb, 0);
  }
  for (let f = 0; f < F; f++) {
    const row = W.subarray(f * C, f * C + C);
    const mean = row.reduce((a, v) => a + v, 0) / C;
    for (let c = 0; c < C; c++) row[c]! -= mean;
  }
  const meanB = b.reduce((a, v) => a + v, 0) / C;
  for (let c = 0; c < C; c++) b[c]! -= meanB;
  return { W, b, C };
}
