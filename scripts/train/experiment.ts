// `npm run train:cv`: cross-validation over the writers of the training sets — each writer's tickets scored by a model
// learned from the other writers. For choosing options and thresholds; the sets measured once are never read here.
import { presentFiles, SETS } from '../../bench/sets';
import { classifyWith } from '../../src/rules/classify';
import { CLASSIFICATION } from '../../src/rules/data/classification';
import { FEATURE_OPTIONS } from '../../src/rules/features';
import { loadModel } from '../../src/rules/learned';
import type { Behaviour } from '../../src/rules';
import { readExamples } from './dataset';
import { DEFAULT_TRAIN, trainSoftmax, type TrainOptions } from './softmax';

const opt = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const options: TrainOptions = { ...DEFAULT_TRAIN, l2: opt('l2', DEFAULT_TRAIN.l2), iterations: opt('it', DEFAULT_TRAIN.iterations), minCount: opt('min', DEFAULT_TRAIN.minCount), prune: opt('prune', DEFAULT_TRAIN.prune), learningRate: opt('lr', DEFAULT_TRAIN.learningRate), scale: opt('scale', DEFAULT_TRAIN.scale) };
const params = { ...CLASSIFICATION, escalationFloor: opt('esc', CLASSIFICATION.escalationFloor), precedenceFloor: opt('prec', CLASSIFICATION.precedenceFloor), refusalFloor: opt('refusal', CLASSIFICATION.refusalFloor), lexiconVeto: opt('veto', CLASSIFICATION.lexiconVeto), willfulWordsFloor: opt('words', CLASSIFICATION.willfulWordsFloor) };
// Tuning only: feature options are tried from the command line.
Object.assign(FEATURE_OPTIONS, { charGrams: opt('grams', FEATURE_OPTIONS.charGrams), negationReach: opt('neg', FEATURE_OPTIONS.negationReach), historyFacts: opt('facts', 1) === 1 });

const training = SETS.filter((s) => s.role === 'trained on');
const examples = readExamples(training.flatMap((s) => presentFiles(s).map((f) => f.path)));
const groupOf = (set: string) => set.replace(/-(en|ar)$/, '');
const ESC = new Set<Behaviour>(['legal_threat', 'review_extortion', 'belligerent', 'willful_ignorance']);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

const totals = { n: 0, hit: 0, innocents: 0, falseEsc: 0, esc: 0, missedEsc: 0, legalSaid: 0, legalRight: 0 };
for (const held of [...new Set(examples.map((e) => groupOf(e.set)))]) {
  const model = loadModel(trainSoftmax(examples.filter((e) => groupOf(e.set) !== held), options));
  const line: Record<string, string> = {};
  for (const lang of ['en', 'ar']) {
    const test = examples.filter((e) => groupOf(e.set) === held && e.lang === lang);
    if (test.length === 0) continue;
    const t = { n: 0, hit: 0, innocents: 0, falseEsc: 0, esc: 0, missedEsc: 0, legalSaid: 0, legalRight: 0 };
    for (const e of test) {
      const got = classifyWith(e.facts, e.features, model, params).assessment.primary;
      t.n++;
      if (got === e.behaviour) t.hit++;
      if (ESC.has(e.behaviour)) { t.esc++; if (!ESC.has(got)) t.missedEsc++; } else { t.innocents++; if (ESC.has(got)) t.falseEsc++; }
      if (got === 'legal_threat') { t.legalSaid++; if (e.behaviour === 'legal_threat') t.legalRight++; }
      if (process.argv.includes('--misses') && got !== e.behaviour) console.log(`  ${e.id} want ${e.behaviour} got ${got}`);
    }
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += t[k];
    line[lang] = `${pct(t.hit, t.n)} of ${t.n}`;
  }
  console.log(`${held.padEnd(6)} ${Object.entries(line).map(([l, v]) => `${l} ${v}`).join('  ')}`);
}
const T = totals;
console.log(`all    ${pct(T.hit, T.n)} of ${T.n}  false escalations ${pct(T.falseEsc, T.innocents)} of innocents  missed ${pct(T.missedEsc, T.esc)}  legal precision ${(T.legalRight / Math.max(T.legalSaid, 1)).toFixed(3)}`);
