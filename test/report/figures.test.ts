import { computeFigures } from '../../src/report/figures';
import { joinTickets } from '../../src/report/join';
import { monthsOf } from '../../src/report/months';
import { assessed, facts, ticket } from './fixtures';

const DRAIN = { drainRatio: 2 };

describe('computeFigures', () => {
  it('counts tickets, customers, escalations, warnings, endings and goodwill', () => {
    const tickets = [
      ticket('1', 'a', '2026-01-05', { behaviour: 'legal_threat', action: 'terminate_legal' }),
      ticket('2', 'a', '2026-02-05', { behaviour: 'payment_dispute', action: 'dispute_process' }),
      ticket('3', 'b', '2026-02-06', { behaviour: 'review_extortion', action: 'warning_shot' }),
      ticket('4', 'b', '2026-02-07', { behaviour: 'belligerent', action: 'terminate_with_refund' }),
      ticket('5', 'c', '2026-03-01', { behaviour: 'customer_error', action: 'vip_goodwill', tier: 'vip', value: 2000 }),
      ticket('6', 'd', '2026-03-02', { behaviour: 'belligerent', action: 'walk_away' }),
      ticket('7', 'd', '2026-03-03'),
    ];
    const { headline, behaviours } = computeFigures(tickets, DRAIN);
    expect(headline).toEqual({
      tickets: 7,
      customers: 4,
      escalations: 3,
      byEscalation: { legal_threat: 1, payment_dispute: 1, review_extortion: 1 },
      netDrains: 0,
      warnings: 1,
      // A walk-away follows an ending already made: it is not another one.
      endings: 2,
      goodwill: 1,
      goodwillCustomers: 1,
      goodwillValue: 2000,
    });
    expect(behaviours).toMatchObject({ legal_threat: 1, belligerent: 2, legitimate: 1, customer_error: 1 });
  });

  it('takes a customer’s value and cost from their latest ticket, whatever the order of the lines', () => {
    const tickets = [
      ticket('late', 'a', '2026-05-01', { value: 10, supportCost: 60 }),
      ticket('early', 'a', '2026-01-01', { value: 500, supportCost: 15 }),
    ];
    const [customer] = computeFigures(tickets, DRAIN).drains;
    expect(customer).toMatchObject({ key: 'a', tickets: 2, value: 10, supportCost: 60, drain: true });
    expect(customer?.latest.id).toBe('late');
  });

  it('names as net drains the customers whose cost is at least drainRatio × value, the largest loss first', () => {
    const tickets = [
      ticket('1', 'even', '2026-01-01', { value: 15, supportCost: 30 }),
      ticket('2', 'below', '2026-01-01', { value: 16, supportCost: 30 }),
      ticket('3', 'zero', '2026-01-01', { value: 0, supportCost: 45 }),
      ticket('4', 'negative', '2026-01-01', { value: -20, supportCost: 15 }),
      ticket('5', 'unknown', '2026-01-01', { value: null, supportCost: 90 }),
      ticket('6', 'big', '2026-01-01', { value: 40, supportCost: 150 }),
    ];
    const figures = computeFigures(tickets, DRAIN);
    expect(figures.drains.map((c) => c.key)).toEqual(['big', 'zero', 'negative', 'even']);
    expect(figures.headline.netDrains).toBe(4);
    // 150 is less than 5 × 40.
    expect(computeFigures(tickets, { drainRatio: 5 }).drains.map((c) => c.key)).toEqual(['zero', 'negative']);
  });

  it('lists the escalations newest first, undated ones last, with the evidence', () => {
    const tickets = [
      ticket('old', 'a', '2026-01-01', { behaviour: 'legal_threat', action: 'terminate_legal', evidence: 'my lawyer' }),
      { ...assessed('no-context', { behaviour: 'review_extortion', action: 'warning_shot' }), context: null },
      ticket('new', 'b', '2026-04-01', { behaviour: 'payment_dispute', action: 'dispute_process', evidence: 'chargeback' }),
      ticket('calm', 'b', '2026-05-01'),
    ];
    const { escalations } = computeFigures(tickets, DRAIN);
    expect(escalations.map((t) => [t.id, t.evidence])).toEqual([['new', 'chargeback'], ['old', 'my lawyer'], ['no-context', null]]);
  });

  it('lists the customers given VIP goodwill, the most often first', () => {
    const tickets = [
      ticket('1', 'once', '2026-01-01', { action: 'vip_goodwill', tier: 'vip', value: 5000 }),
      ticket('2', 'twice', '2026-01-01', { action: 'vip_goodwill', tier: 'vip', value: 1200 }),
      ticket('3', 'twice', '2026-02-01', { action: 'vip_goodwill', tier: 'vip', value: 1300 }),
      ticket('4', 'twice', '2026-03-01', { tier: 'vip', value: 1300 }),
    ];
    const { goodwill, headline } = computeFigures(tickets, DRAIN);
    expect(goodwill.map((c) => [c.key, c.goodwill, c.value])).toEqual([['twice', 2, 1300], ['once', 1, 5000]]);
    expect(headline).toMatchObject({ goodwill: 3, goodwillCustomers: 2, goodwillValue: 6300 });
  });

  it('counts assessments without a context in the totals but in no month and no customer', () => {
    const contexts = new Map([['1', facts('1', 'a', '2026-01-01')], ['3', facts('3', null, '2026-01-02')]]);
    const tickets = joinTickets([assessed('1'), assessed('2', { behaviour: 'legal_threat', action: 'terminate_legal' }), assessed('3')], contexts);
    const figures = computeFigures(tickets, DRAIN);
    expect(tickets.map((t) => t.context?.id ?? null)).toEqual(['1', null, '3']);
    expect(figures.headline).toMatchObject({ tickets: 3, customers: 1, escalations: 1 });
    expect(figures).toMatchObject({ withoutContext: 1, withoutCustomer: 1 });
    expect(figures.months.undated).toBe(1);
  });

  it('places customers on the scatter by value and cost, merging look-alikes and leaving out values a log scale cannot show', () => {
    const tickets = [
      ticket('1', 'a', '2026-01-01', { value: 101, supportCost: 15 }),
      ticket('2', 'b', '2026-01-01', { value: 104, supportCost: 15 }),
      ticket('3', 'c', '2026-01-01', { value: 10, supportCost: 30 }),
      ticket('4', 'd', '2026-01-01', { value: 0, supportCost: 30 }),
      ticket('5', 'e', '2026-01-01', { value: null, supportCost: 30 }),
    ];
    const { scatter } = computeFigures(tickets, DRAIN);
    expect(scatter.points).toEqual([
      { value: 100, cost: 15, drain: false, customers: 2 },
      { value: 10, cost: 30, drain: true, customers: 1 },
    ]);
    expect(scatter.notPlotted).toBe(2);
  });
});

describe('monthsOf', () => {
  it('counts each month’s tickets by behaviour, in UTC, with the months between filled with zeros', () => {
    const months = monthsOf([
      ticket('1', 'a', '2026-01-31T23:30:00Z', { behaviour: 'legal_threat' }),
      ticket('2', 'a', '2026-01-01T00:00:00Z', { behaviour: 'legal_threat' }),
      ticket('3', 'a', '2026-04-01T00:00:00+02:00', { behaviour: 'belligerent' }),
      ticket('4', 'a', null),
    ]);
    expect(months.months).toEqual(['2026-01', '2026-02', '2026-03']);
    const count = (month: string, behaviour: string) => months.counts.find((c) => c.month === month && c.behaviour === behaviour)?.count;
    expect(count('2026-01', 'legal_threat')).toBe(2);
    // 1 April at 00:00 in UTC+2 is still March in UTC.
    expect(count('2026-03', 'belligerent')).toBe(1);
    expect(count('2026-02', 'legal_threat')).toBe(0);
    expect(months.counts).toHaveLength(3 * 8);
    expect(months.undated).toBe(1);
  });

  it('shows the latest months only, across a year’s end, and counts the tickets before them', () => {
    const months = monthsOf([ticket('1', 'a', '2024-06-15'), ticket('2', 'a', '2025-11-02'), ticket('3', 'a', '2026-01-09')], 3);
    expect(months.months).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(months.earlier).toBe(1);
  });
});
