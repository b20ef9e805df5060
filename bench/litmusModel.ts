// `npm run bench:litmus-model [-- --features K]`: what a learned pass/fail reading beside the litmus phrases would add — an experiment,
// not shipped (see the README: trained on every writer, it fails the product's own warning templates). A logistic regression over a reply's
// stems, pairs of stems and action, trained on every tuned-on reply writer but one and scored on the one left out;
// a reply fails when the phrases find something or the model gives failing more than THRESHOLD. Never reads the
// measured-once sets. With --features K, each model keeps only its K weightiest features and is trained again on them
// (what a model small enough to ship would do). On the writers the phrases were tuned on, "phrases alone" is in-sample;
// r11 was the fair one until the phrases learned from it too.
import { gzipSync } from 'node:zlib';
import { LANGUAGES, litmus, normalise } from '../src/rules';
import { tokensOf } from '../src/rules/tokens';
import { readReplies, REPLY_SETS, type LabelledReply } from './replySets';

const THRESHOLD = 0.8;
const OPTIONS = { l2: 0.001, iterations: 200, learningRate: 0.1, minCount: 2 };

/** The features of a reply: its stems, each pair of neighbouring stems, and its action. */
function featuresOf(reply: LabelledReply): string[] {
  const terms = tokensOf(normalise(reply.text, { deleet: false })).map((t) => t.term);
  const names = new Set(terms);
  for (let k = 0; k + 1 < terms.length; k++) names.add(`${terms[k]} ${terms[k + 1]}`);
  names.add(`@${reply.action ?? 'none'}`);
  return [...names];
}

interface Model {
  names: string[];
  weights: Float64Array;
  bias: number;
}

/**
 * Binary logistic regression by full-batch Adam from zero weights: the same model for the same replies. `only`, when
 * given, is the features it may use.
 */
function train(examples: readonly { features: string[]; fails: boolean }[], only?: ReadonlySet<string>): Model {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([f, n]) => n >= OPTIONS.minCount && (only?.has(f) ?? true)).map(([f]) => f).sort();
  const index = new Map(names.map((n, k) => [n, k]));
  const rows = examples.map((e) => e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const params = new Float64Array(names.length + 1); // the weights, then the bias
  const m = new Float64Array(params.length);
  const v = new Float64Array(params.length);
  const bias = names.length;
  for (let t = 1; t <= OPTIONS.iterations; t++) {
    const gradient = new Float64Array(params.length);
    rows.forEach((row, i) => {
      let score = params[bias]!;
      for (const f of row) score += params[f]!;
      const error = (1 / (1 + Math.exp(-score)) - (examples[i]!.fails ? 1 : 0)) / rows.length;
      gradient[bias]! += error;
      for (const f of row) gradient[f]! += error;
    });
    for (let k = 0; k < params.length; k++) {
      const g = gradient[k]! + (k === bias ? 0 : OPTIONS.l2 * params[k]!);
      m[k] = 0.9 * m[k]! + 0.1 * g;
      v[k] = 0.999 * v[k]! + 0.001 * g * g;
      params[k]! -= (OPTIONS.learningRate * (m[k]! / (1 - 0.9 ** t))) / (Math.sqrt(v[k]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return { names, weights: params.subarray(0, bias), bias: params[bias]! };
}

function failProbability(model: Model, features: readonly string[], index: Map<string, number>): number {
  let score = model.bias;
  for (const f of features) {
    const k = index.get(f);
    if (k !== undefined) score += model.weights[k]!;
  }
  return 1 / (1 + Math.exp(-score));
}

/** The stored size the model would add: its features and weights (× 20, as integers) as JSON, gzip. */
const storedKb = (model: Model) => gzipSync(JSON.stringify({ features: model.names, weights: Array.from(model.weights, (w) => Math.round(w * 20)) })).length / 1024;

/** The `keep` features of a model with the largest weights. */
const weightiest = (model: Model, keep: number) => new Set([...model.names.keys()].sort((a, b) => Math.abs(model.weights[b]!) - Math.abs(model.weights[a]!)).slice(0, keep).map((k) => model.names[k]!));

const flag = process.argv.indexOf('--features');
const KEEP = flag > 0 ? Number(process.argv[flag + 1]) : null;

const tuned = REPLY_SETS.filter((s) => s.role !== 'measured once').map((s) => s.name);
for (const lang of LANGUAGES) {
  const sets = new Map(tuned.map((name) => [name, (readReplies(name, lang) ?? []).map((r) => ({ reply: r, features: featuresOf(r), fails: !r.expect.pass }))]));
  console.log(`\n${lang}: each tuned-on writer left out in turn (phrases alone → phrases or the model at ${THRESHOLD})`);
  for (const out of tuned) {
    const examples = tuned.filter((n) => n !== out).flatMap((n) => sets.get(n)!);
    const full = train(examples);
    const model = KEEP === null ? full : train(examples, weightiest(full, KEEP));
    const index = new Map(model.names.map((n, k) => [n, k]));
    let phrases = 0;
    let both = 0;
    const held = sets.get(out)!;
    for (const { reply, features, fails } of held) {
      const phraseFails = !litmus(reply.text, { action: reply.action, language: lang }).pass;
      phrases += Number(phraseFails === fails);
      both += Number((phraseFails || failProbability(model, features, index) > THRESHOLD) === fails);
    }
    if (held.length === 0) continue;
    const pct = (n: number) => `${((100 * n) / held.length).toFixed(1)}%`;
    console.log(`  ${out.padEnd(4)} ${pct(phrases).padStart(6)} → ${pct(both).padStart(6)}   (model of ${model.names.length} features, ${storedKb(model).toFixed(1)} KB gzip)`);
  }
}
