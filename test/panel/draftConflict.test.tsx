// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { customerSays, renderPanel, TEXT } from './harness';

const replyBox = () => screen.getByRole('textbox', { name: /Reply to the customer|الرد على العميل/ }) as HTMLTextAreaElement;

describe('an insert the editor holds a draft of the other kind for', () => {
  it('refuses the reply after the note in plain words, keeps the reply ready and copies it', async () => {
    const { client, copied, store, user } = await renderPanel(customerSays(TEXT.legal));
    const note = store.getState().assessment?.response.internalNote;
    const suggested = replyBox().value;
    await user.click(screen.getByRole('button', { name: 'Insert note' }));
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not insert into the editor');
    expect(alert).toHaveTextContent('The editor already holds an internal note draft. Send or clear it first, or copy the reply.');
    expect(client.draft).toEqual({ text: note, type: 'internalNote' });
    expect(replyBox().value).toBe(suggested);
    expect(screen.getByRole('button', { name: 'Insert reply' })).toBeEnabled();

    await user.click(within(alert).getByRole('button', { name: 'Copy the reply' }));
    expect(copied).toEqual([suggested]);
    expect(within(alert).getByRole('status')).toHaveTextContent('Copied. Paste it where it belongs.');
  });

  it('refuses the note over a public reply the agent typed and offers to copy the note', async () => {
    const { client, copied, store, user } = await renderPanel(customerSays(TEXT.legal));
    client.draft.text = '<p>Hi Marcus, looking into it now.</p>';
    await user.click(screen.getByRole('button', { name: 'Insert note' }));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The editor already holds a public reply draft. Send or clear it first, or copy the note.');
    expect(client.draft).toEqual({ text: '<p>Hi Marcus, looking into it now.</p>', type: 'publicReply' });
    await user.click(within(alert).getByRole('button', { name: 'Copy the note' }));
    expect(copied).toEqual([store.getState().assessment?.response.internalNote]);
  });

  it('says so in Arabic for an Arabic-speaking agent', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.legal, { agentLocale: 'ar' }));
    client.draft = { text: 'ملاحظة للفريق', type: 'internalNote' };
    await user.click(screen.getByRole('button', { name: 'إدراج الرد' }));
    expect(screen.getByRole('alert')).toHaveTextContent('في المحرر مسودة ملاحظة داخلية بالفعل. أرسلها أو امسحها أولًا، أو انسخ الرد.');
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'انسخ الرد' })).toBeInTheDocument();
  });

  it('tells the agent to copy by hand when the browser refuses the clipboard', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.legal), { copyRefused: true });
    client.draft = { text: 'Checked the order history.', type: 'internalNote' };
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    await user.click(screen.getByRole('button', { name: 'Copy the reply' }));
    expect(within(screen.getByRole('alert')).getByRole('status')).toHaveTextContent('Could not copy: select the text and copy it yourself.');
  });
});
