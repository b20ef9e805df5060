// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { FakeZafClient, FakeZendesk } from '../adapters/fakeZaf';
import { TEXT } from '../panel/harness';
import { never, renderFaultyPanel } from './faultyPanel';

const DRAFT = 'Hi Marcus, <b>checking</b> with the warehouse &amp; will write back.';
const customer = { comments: [{ from: 'customer' as const, html: `<p>${TEXT.legit}</p>` }] };
const replyBox = () => screen.getByRole('textbox', { name: /Reply to the customer/ }) as HTMLTextAreaElement;

describe("the agent's draft", () => {
  it('keeps the draft, markup and all, and adds the reply after it', async () => {
    const { client, user } = await renderFaultyPanel(customer);
    client.draft.text = DRAFT;
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(client.draft.text).toBe(`${DRAFT}\n\n${replyBox().value}`);
  });

  it('refuses the internal note after the reply, leaving the draft and the reply a public reply', async () => {
    const { client, user } = await renderFaultyPanel({ comments: [{ from: 'customer', html: `<p>${TEXT.legal}</p>` }] });
    client.draft.text = DRAFT;
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    const before = { ...client.draft };
    await user.click(screen.getByRole('button', { name: 'Insert note' }));
    expect(client.draft).toEqual(before);
    expect(client.draft).toEqual({ text: `${DRAFT}\n\n${replyBox().value}`, type: 'publicReply' });
    expect(screen.getByRole('alert')).toHaveTextContent('The editor already holds a public reply draft. Send or clear it first, or copy the note.');
  });
});

describe('a failed insert', () => {
  it.each<[string, (client: FakeZafClient, world: FakeZendesk) => void, RegExp]>([
    ['refuses it', (_, world) => void (world.failingInvokes = ['ticket.comment.appendText']), /Could not insert into the editor.*Something went wrong/],
    ['never answers', (client) => void (client.invoke = () => never()), /Could not insert into the editor.*Zendesk did not answer/],
  ])('says so in plain words when the editor %s, leaving the draft alone and the reply ready to retry or copy', async (_, breakIt, words) => {
    const { client, world, user } = await renderFaultyPanel(customer);
    const working = { invoke: client.invoke };
    client.draft.text = DRAFT;
    const suggested = replyBox().value;
    breakIt(client, world);
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(words);
    expect(within(alert).getByText('Your reply is still in the panel: try again, or copy it into the editor yourself.')).toBeInTheDocument();
    expect(client.draft.text).toBe(DRAFT);
    expect(replyBox().value).toBe(suggested);
    expect(replyBox()).not.toHaveAttribute('readonly');

    world.failingInvokes = [];
    client.invoke = working.invoke;
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(client.draft.text).toBe(`${DRAFT}\n\n${suggested}`);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The reply is in the editor as a public reply.')).toBeInTheDocument();
  });

  it('keeps what the agent edited after a failure, so the retry inserts the edit', async () => {
    const { client, world, user } = await renderFaultyPanel(customer);
    world.failingInvokes = ['ticket.comment.appendText'];
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    await user.clear(replyBox());
    await user.type(replyBox(), 'Refund sent.');
    world.failingInvokes = [];
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(client.draft.text).toBe('Refund sent.');
  });
});
