// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { ApiAnswer } from '../adapters/fakeZaf';
import { customerSays, renderPanel, TEXT } from './harness';

describe("the customer's earlier tickets that could not be read", () => {
  it('offers Try again, which reads them and clears the warning', async () => {
    let answer: ApiAnswer = { status: 503 };
    const { client, user } = await renderPanel(customerSays(TEXT.legit, { api: () => answer }));
    const warning = screen.getAllByRole('status').find((s) => s.textContent?.includes("The customer's earlier tickets could not be read"));
    if (!warning) throw new Error('No warning about the earlier tickets');
    answer = { status: 200, body: { tickets: [], meta: { has_more: false } } };
    await user.click(within(warning).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByText(/earlier tickets could not be read/)).toBeNull();
    expect(client.requests).toHaveLength(2);
  });

  it('offers no Try again for gaps another read would not fill', async () => {
    await renderPanel(customerSays(TEXT.legit, { fields: {} }));
    expect(screen.getByText(/has no lifetime value/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
