import { contributionsTo, loadModel, readWithModel, vocabularyOf } from '../../src/rules/learned';
import { ticketFeatures } from '../../src/rules/features';
import { normalise } from '../../src/rules/normalise';
import { tokensOf } from '../../src/rules/tokens';
import { BEHAVIOURS } from '../../src/rules';
import { encodeWeights } from '../../src/rules/weights';

const row = (legal: number) => BEHAVIOURS.map((b) => (b === 'legal_threat' ? legal : 0));
const model = () => loadModel({ labels: BEHAVIOURS, scale: 10, bias: BEHAVIOURS.map(() => 0), features: ['lawyer', 'hello'], weights: encodeWeights([...row(30), ...row(-10)]) });
const span = (start: number) => ({ commentIndex: 0, start, end: start + 5 });

describe('the learned model', () => {
  it('gives probabilities that sum to one and rise with the features written', () => {
    const none = readWithModel(model(), new Map()).probabilities;
    const some = readWithModel(model(), new Map([['lawyer', span(0)]])).probabilities;
    expect(Object.values(some).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(some.legal_threat).toBeGreaterThan(none.legal_threat);
    expect(none.legal_threat).toBeCloseTo(1 / 8, 10);
  });

  it('names the written features that moved it toward a behaviour, never those that moved it away', () => {
    const reading = readWithModel(model(), new Map([['lawyer', span(0)], ['hello', span(9)], ['unknown', span(20)]]));
    expect(contributionsTo(reading, 'legal_threat').map((c) => c.feature)).toEqual(['lawyer']);
  });

  it('refuses a stored model with an unknown behaviour or a weight row of the wrong length', () => {
    expect(() => loadModel({ labels: ['legal_threat', 'nonsense'], scale: 1, bias: [0, 0], features: [], weights: '' })).toThrow(/unknown behaviour: nonsense/);
    expect(() => loadModel({ labels: BEHAVIOURS, scale: 1, bias: BEHAVIOURS.map(() => 0), features: ['x'], weights: encodeWeights([1, 2]) })).toThrow(/wrong length/);
  });

  it('reads only the words and pairs of words the model weighs when given its vocabulary, at the same places', () => {
    const weighed = loadModel({ labels: BEHAVIOURS, scale: 10, bias: BEHAVIOURS.map(() => 0), features: ['lawyer', 'my lawyer'], weights: encodeWeights([...row(30), ...row(20)]) });
    const words = [{ commentIndex: 0, tokens: tokensOf(normalise('Hello, my lawyer and your lawyer. My friend.', { deleet: false })) }];
    const facts = { signals: [], repeatPattern: false, netDrain: false, ticketsLastYear: 0, ticketsLastMonth: 0 } as unknown as Parameters<typeof ticketFeatures>[1];
    const every = ticketFeatures(words, facts);
    const known = ticketFeatures(words, facts, vocabularyOf(weighed));
    expect([...known.keys()]).toEqual(['my lawyer', 'lawyer']);
    expect(known.get('lawyer')).toEqual(every.get('lawyer'));
    expect(every.has('my friend')).toBe(true);
    expect(readWithModel(weighed, known).probabilities).toEqual(readWithModel(weighed, every).probabilities);
  });
});
