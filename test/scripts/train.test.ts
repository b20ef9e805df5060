import type { Example } from '../../scripts/train/dataset';
import { DEFAULT_TRAIN, trainSoftmax } from '../../scripts/train/softmax';
import { loadModel, readWithModel } from '../../src/rules/learned';
import type { Facts } from '../../src/rules/facts';
import type { Behaviour } from '../../src/rules';

const facts = {} as Facts;
const example = (behaviour: Behaviour, words: string[], k: number): Example => ({
  id: `t${k}`, lang: 'en', set: 'synthetic', behaviour, action: null, facts, context: null,
  features: new Map(words.map((w) => [w, { commentIndex: 0, start: 0, end: 1 }])),
});
// Twenty tickets of two kinds that share a common word: the words that tell them apart must be learned.
const examples = Array.from({ length: 20 }, (_, k) => (k % 2 === 0 ? example('legal_threat', ['lawyer', 'please'], k) : example('legitimate', ['thanks', 'please'], k)));

describe('training the model', () => {
  it('learns the words that tell behaviours apart', () => {
    const model = loadModel(trainSoftmax(examples, { ...DEFAULT_TRAIN, prune: 0 }));
    expect(readWithModel(model, new Map([['lawyer', null]])).probabilities.legal_threat).toBeGreaterThan(0.6);
    expect(readWithModel(model, new Map([['thanks', null]])).probabilities.legitimate).toBeGreaterThan(0.6);
  });

  it('gives the same model for the same tickets, every time', () => {
    expect(trainSoftmax(examples)).toEqual(trainSoftmax(examples));
  });
});
