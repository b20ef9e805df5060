// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { daysAgo } from '../adapters/zendeskWorld';
import { customerSays, renderPanel, TEXT } from './harness';

const ACTIONS = [
  ['a legal threat', customerSays(TEXT.legal), 'End the relationship; counsel takes over'],
  ['a chargeback', customerSays(TEXT.chargeback), 'Answer through the dispute process'],
  ['a first insult', customerSays(TEXT.belle), 'Warning shot'],
  ['an insult after a warning', customerSays(TEXT.belle, { history: [{ id: 1, created_at: daysAgo(20), tags: ['fairline_warning'] }] }), 'Full refund and end the relationship'],
  ['a customer already let go', customerSays(TEXT.legit, { requester: { tags: ['fairline_terminated'] } }), 'Walk away: data export only'],
  ['a demand beyond the policy', customerSays(TEXT.demand), 'Decline politely'],
  ["a VIP's own mistake", customerSays(TEXT.error, { fields: { lifetime_value: 2150, order_count: 20 } }), 'Take care of it (VIP goodwill)'],
  ["a standard customer's own mistake", customerSays(TEXT.error), 'Explain the policy'],
  ['our own mistake', customerSays(TEXT.legit), 'Resolve in full'],
] as const;

describe('the panel shows every suggested action', () => {
  it('covers every action the rules can take', async () => {
    const { ACTIONS: ALL } = await import('../../src/rules');
    expect(new Set(ACTIONS.map(([, , label]) => label)).size).toBe(ALL.length);
  });

  it.each(ACTIONS)('shows the response to %s with its rationale and reply', async (_, world, label) => {
    const { store } = await renderPanel(world);
    const response = screen.getByRole('region', { name: 'Suggested response' });
    expect(within(response).getByText(label)).toBeInTheDocument();
    const rationale = store.getState().assessment?.response.rationale ?? '';
    expect(within(response).getByText(rationale)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Reply to the customer/ })).toHaveValue(store.getState().assessment?.response.reply);
  });

  it('shows the tier with the lifetime value and the cost to serve', async () => {
    await renderPanel(customerSays(TEXT.error, { fields: { lifetime_value: 2150, order_count: 20 } }));
    const value = screen.getByRole('region', { name: 'Customer value' });
    expect(within(value).getByText('VIP')).toBeInTheDocument();
    expect(within(value).getByText('Lifetime value: 2,150')).toBeInTheDocument();
    expect(within(value).getByText(/Cost to serve: 15/)).toBeInTheDocument();
  });

  it('marks the evidence phrase inside its sentence', async () => {
    const { view } = await renderPanel(customerSays(TEXT.legal));
    const evidence = screen.getByRole('list', { name: 'Evidence' });
    const marked = view.container.querySelector('mark');
    expect(marked?.textContent).toMatch(/attorney/);
    expect(evidence).toHaveTextContent(/my account by Monday/);
    expect(screen.getByText(/% confident/)).toBeInTheDocument();
  });

  it('quotes the evidence between whole words, never from the middle of one', async () => {
    const long = 'Honestly the whole experience with this order has been exhausting from start to finish. If the refund is not in my account by Monday my attorney will be in touch with you, and after that I expect nothing further from your company whatsoever.';
    await renderPanel(customerSays(long));
    const quote = within(screen.getByRole('list', { name: 'Evidence' })).getAllByRole('listitem')[0]!.textContent ?? '';
    const [before, after] = quote.replace(/^…/, '').replace(/…$/, '').split(/attorney will be in touch/);
    expect(quote).toMatch(/^…/);
    expect(long).toMatch(new RegExp(`(^|\\s)${before!.trimStart().split(' ')[0]}\\s`));
    expect(long).toMatch(new RegExp(`\\s${after!.trimEnd().split(' ').at(-1)}(\\s|$)`));
  });

  it('shows the internal note for the agent when there is something to do off-ticket', async () => {
    await renderPanel(customerSays(TEXT.chargeback));
    expect(screen.getByText('For you, not the customer')).toBeInTheDocument();
    expect(screen.getByText(/Answer through the dispute with the bank/)).toBeInTheDocument();
  });
});
