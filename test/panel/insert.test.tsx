// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { customerSays, renderPanel, TEXT } from './harness';

describe('inserting the reply', () => {
  it('appends the reply after the agent draft as a public reply, adds the tags and confirms', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.error, { fields: { lifetime_value: 2150, order_count: 20 }, ticketTags: ['returns'] }));
    client.draft.text = 'Draft the agent typed';
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    const reply = (screen.getByRole('textbox', { name: /Reply to the customer/ }) as HTMLTextAreaElement).value;
    expect(client.draft).toEqual({ text: `Draft the agent typed\n\n${reply}`, type: 'publicReply' });
    expect(client.tags).toEqual(['returns', 'fairline_vip', 'fairline_customer_error']);
    expect(client.calls.some((call) => 'set:ticket.comment.text' in call)).toBe(false);
    expect(screen.getByText('The reply is in the editor as a public reply.').closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText('Tags added: fairline_vip, fairline_customer_error')).toBeInTheDocument();
  });

  it('inserts what the agent edited, not the suggestion', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.legit));
    const editor = screen.getByRole('textbox', { name: /Reply to the customer/ });
    await user.clear(editor);
    await user.type(editor, 'Refund on its way.');
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(client.draft.text).toBe('Refund on its way.');
  });

  it('does not insert twice when Insert is clicked twice', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.legit));
    const insert = screen.getByRole('button', { name: 'Insert reply' });
    await user.dblClick(insert);
    await user.click(screen.getByRole('button', { name: 'Inserted' }));
    expect(client.calls.filter((call) => 'ticket.comment.appendText' in call)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Inserted' })).toBeDisabled();
  });

  it('inserts the internal note as an internal note', async () => {
    const { client, store, user } = await renderPanel(customerSays(TEXT.legal));
    await user.click(screen.getByRole('button', { name: 'Insert note' }));
    expect(client.draft).toEqual({ text: store.getState().assessment?.response.internalNote, type: 'internalNote' });
    expect(screen.getByText('The note is in the editor as an internal note.')).toBeInTheDocument();
  });

  it('shows why the editor refused the reply and lets the agent try again', async () => {
    const { world, client, user } = await renderPanel(customerSays(TEXT.legit));
    world.failingInvokes = ['ticket.comment.appendText'];
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Could not insert into the editor/);
    world.failingInvokes = [];
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(client.draft.text).not.toBe('');
  });

  it('says so when the reply went in but the tags did not', async () => {
    const { world, user } = await renderPanel(customerSays(TEXT.legit));
    world.failingInvokes = ['ticket.tags.add'];
    await act(() => user.click(screen.getByRole('button', { name: 'Insert reply' })));
    expect(screen.getByText(/the tags could not be added/)).toBeInTheDocument();
  });
});

describe('overriding the behaviour', () => {
  it('changes the response at once and says the agent set it', async () => {
    const { user } = await renderPanel(customerSays(TEXT.legit));
    expect(screen.getByText('Resolve in full')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Change the behaviour' }), 'Abusive');
    expect(screen.getByText('Warning shot')).toBeInTheDocument();
    expect(screen.getByText(/Set by you; Fairline found: Legitimate/)).toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: /Reply to the customer/ }) as HTMLTextAreaElement).value).not.toBe('');
  });

  it('inserts the tags of the overridden response', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.legit));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Change the behaviour' }), 'Abusive');
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(client.tags).toEqual(expect.arrayContaining(['fairline_warning', 'fairline_belligerent']));
  });
});
