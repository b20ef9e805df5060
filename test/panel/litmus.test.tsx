// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { customerSays, renderPanel, TEXT } from './harness';
import { daysAgo } from '../adapters/zendeskWorld';

const RUDE = ' As I already told you, obviously you didn\'t read it.';

describe('the litmus test in the panel', () => {
  it('says the suggested reply reads well if published', async () => {
    await renderPanel(customerSays(TEXT.legit));
    expect(screen.getByText('Reads well if published.')).toBeInTheDocument();
  });

  it('highlights what would read badly as the agent edits the reply, with a suggestion each', async () => {
    const { user } = await renderPanel(customerSays(TEXT.legit));
    await user.type(screen.getByRole('textbox', { name: /Reply to the customer/ }), RUDE);
    const findings = await screen.findByRole('list', { name: /Litmus test/ });
    expect(within(findings).getByText('Passive-aggressive')).toBeInTheDocument();
    expect(within(findings).getByText('As I already told you', { selector: 'mark' })).toBeInTheDocument();
    expect(within(findings).getByText(/Give the answer again without pointing out/)).toBeInTheDocument();
  });

  it('selects a finding\'s words in the reply itself when the agent asks to be shown them', async () => {
    const { user } = await renderPanel(customerSays(TEXT.legit));
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Reply to the customer/ });
    await user.type(box, RUDE);
    const findings = await screen.findByRole('list', { name: /Litmus test/ });
    const passive = within(findings).getByText('Passive-aggressive').closest('li')!;
    await user.click(within(passive).getByRole('button', { name: 'Show in the reply' }));
    expect(box).toHaveFocus();
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('As I already told you');
  });

  it('asks once before inserting a failing reply, and Insert anyway inserts it once', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.legit));
    await user.type(screen.getByRole('textbox', { name: /Reply to the customer/ }), RUDE);
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(client.calls.filter((call) => 'ticket.comment.appendText' in call)).toHaveLength(0);
    const question = screen.getByRole('alertdialog');
    await user.click(within(question).getByRole('button', { name: 'Insert anyway' }));
    expect(client.calls.filter((call) => 'ticket.comment.appendText' in call)).toHaveLength(1);
    expect(client.draft.text).toContain('As I already told you');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('inserts nothing when the agent chooses to keep editing', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.legit));
    await user.type(screen.getByRole('textbox', { name: /Reply to the customer/ }), RUDE);
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(client.draft.text).toBe('');
  });

  it('inserts a passing reply without asking', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.legit));
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(client.draft.text).not.toBe('');
  });

  it('checks the draft the agent typed in the Zendesk editor', async () => {
    const { client, user } = await renderPanel(customerSays(TEXT.legit));
    client.draft.text = '<p>Per my last email, WE DO NOT refund this.</p>';
    await user.click(screen.getByRole('button', { name: 'Check my draft' }));
    const findings = await screen.findByRole('list', { name: 'Your draft in the editor' });
    expect(within(findings).getByText('Passive-aggressive')).toBeInTheDocument();
    expect(within(findings).getByText('Shouting')).toBeInTheDocument();
    expect(within(findings).getByText('WE DO NOT', { selector: 'mark' })).toBeInTheDocument();
  });

  it('says so when the editor holds no draft', async () => {
    const { user } = await renderPanel(customerSays(TEXT.legit));
    await user.click(screen.getByRole('button', { name: 'Check my draft' }));
    expect(await screen.findByText('The editor holds no draft to check.')).toBeInTheDocument();
  });

  it('shows overlapping evidence once', async () => {
    await renderPanel(customerSays(TEXT.belle));
    const evidence = screen.getByRole('list', { name: 'Evidence' });
    const marks = within(evidence).getAllByText(/brain dead/, { selector: 'mark' });
    expect(marks).toHaveLength(1);
  });
});

describe('why this response', () => {
  it('shows the warning’s date and ticket behind an ending, and the customer’s words', async () => {
    const warnedOn = daysAgo(20);
    await renderPanel(customerSays(TEXT.belle, { history: [{ id: 812, created_at: warnedOn, tags: ['fairline_warning', 'fairline_belligerent'] }] }));
    const why = screen.getByRole('list', { name: 'Why this response' });
    expect(within(why).getByText(`Warned on ${warnedOn.slice(0, 10)} (ticket #812) about: Abusive.`)).toBeInTheDocument();
    expect(within(why).getByText(/Their words: “.*brain dead/)).toBeInTheDocument();
  });

  it('shows nothing for an ordinary request', async () => {
    await renderPanel(customerSays(TEXT.legit));
    expect(screen.queryByRole('list', { name: 'Why this response' })).toBeNull();
  });
});
