import { readAssessment } from '../../src/report/assessmentLine';
import { assessmentJson } from './fixtures';

describe('readAssessment', () => {
  it('reads the fields the report uses from an assessment line', () => {
    const line = assessmentJson('t1', { behaviour: 'legal_threat', action: 'terminate_legal', value: 140, cost: 30, evidence: 'my attorney will be in touch' });
    expect(readAssessment(line)).toEqual({
      kind: 'assessed',
      ticket: { id: 't1', tier: 'standard', value: 140, supportCost: 30, behaviour: 'legal_threat', action: 'terminate_legal', evidence: 'my attorney will be in touch' },
    });
  });

  it('takes as evidence the signal of the behaviour chosen, not the first signal found', () => {
    const line = assessmentJson('t1', { behaviour: 'payment_dispute', action: 'dispute_process' });
    line.behaviour.signals = [
      { kind: 'our_mistake', evidence: 'the box was crushed', commentIndex: 0, start: 0, end: 1 },
      { kind: 'review_threat', evidence: 'one-star review', commentIndex: 0, start: 0, end: 1 },
      { kind: 'chargeback', evidence: 'opened a dispute with my bank', commentIndex: 0, start: 0, end: 1 },
    ];
    expect(readAssessment(line)).toMatchObject({ ticket: { evidence: 'opened a dispute with my bank' } });
  });

  it('tells the errors assess wrote for input it could not assess from lines that are no assessment', () => {
    expect(readAssessment({ id: 'x', line: 3, error: '"ticket" is missing' })).toEqual({ kind: 'not_assessed', id: 'x' });
    expect(readAssessment({ id: null, line: 4, error: 'not valid JSON' })).toEqual({ kind: 'not_assessed', id: null });
  });

  it.each([
    [[1, 2], 'the line should hold an object (an assessment)'],
    [{ id: 'x' }, '"ltv" is missing'],
    [{ ...assessmentJson('x'), behaviour: { primary: 'rude', signals: [] } }, '"behaviour.primary" must be one of legal_threat, payment_dispute, review_extortion, belligerent, willful_ignorance, unreasonable_demand, customer_error, legitimate'],
    [{ ...assessmentJson('x'), id: '  ' }, '"id" must not be empty or only spaces'],
    [{ ...assessmentJson('x'), ltv: { tier: 'vip', value: '100', supportCost: 15 } }, '"ltv.value" should be a number but is "100"'],
  ])('says in plain words why %j is no assessment', (raw, error) => {
    expect(readAssessment(raw)).toEqual({ kind: 'invalid', error });
  });
});
