// `npm run train:cv`: cross-validation over the writers of the training sets — each writer's tickets scored by a model
// learned from the other writers. For choosing options and thresholds; the sets measured once are never read here.
import { figures, type Scored } from '../../bench/accuracy';
import { trainingFiles } from '../../bench/sets';
import { classifyWith } from '../../src/rules/classify';
import { CLASSIFICATION } from '../../src/rules/data/classification';
import { loadModel } from '../../src/rules/learned';
import { readExamples } from './dataset';
import { DEFAULT_TRAIN, trainSoftmax, type TrainOptions } from './softmax';

const opt = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const options: TrainOptions = { ...DEFAULT_TRAIN, l2: opt('l2', DEFAULT_TRAIN.l2), iterations: opt('it', DEFAULT_TRAIN.iterations), minCount: opt('min', DEFAULT_TRAIN.minCount), prune: opt('prune', DEFAULT_TRAIN.prune), learningRate: opt('lr', DEFAULT_TRAIN.learningRate), scale: opt('scale', DEFAULT_TRAIN.scale) };
const params = { ...CLASSIFICATION, escalationFloor: opt('esc', CLASSIFICATION.escalationFloor), precedenceFloor: opt('prec', CLASSIFICATION.precedenceFloor), refusalFloor: opt('refusal', CLASSIFICATION.refusalFloor), lexiconVeto: opt('veto', CLASSIFICATION.lexiconVeto), willfulWordsFloor: opt('words', CLASSIFICATION.willfulWordsFloor) };

const examples = readExamples(trainingFiles());
const writerOf = (set: string) => set.replace(/-(en|ar)$/, '');
const all: Scored[] = [];
for (const held of [...new Set(examples.map((e) => writerOf(e.set)))]) {
  const model = loadModel(trainSoftmax(examples.filter((e) => writerOf(e.set) !== held), options));
  for (const lang of ['en', 'ar']) {
    const scored = examples
      .filter((e) => writerOf(e.set) === held && e.lang === lang)
      .map((e): Scored => ({ id: e.id, want: e.behaviour, got: classifyWith(e.facts, e.features, model, params).assessment.primary, wantAction: null, gotAction: null, signals: '' }));
    if (scored.length === 0) continue;
    all.push(...scored);
    console.log(`${held.padEnd(6)} ${lang}  ${figures(scored).line}`);
    if (process.argv.includes('--misses')) for (const s of scored.filter((x) => x.got !== x.want)) console.log(`  ${s.id} want ${s.want} got ${s.got}`);
  }
}
console.log(`all       ${figures(all).line}`);
