import { DraftConflictError, InvalidDataError } from '../../src/shared/errors';
import { createZendeskAdapter } from '../../src/adapters/zendesk/adapter';
import { isBlankDraft } from '../../src/adapters/zendesk/draft';
import { fakeZafClient } from './fakeZaf';
import { NOW, zendeskWorld } from './zendeskWorld';

const NOTE = 'Legal threat: forward to counsel and stop discussing the claim.';
const REPLY = 'Hi Marcus, your refund is on its way.';

function editorWith(text: string, type: 'publicReply' | 'internalNote') {
  const client = fakeZafClient(zendeskWorld());
  client.draft = { text, type };
  return { client, adapter: createZendeskAdapter({ client, now: () => NOW }) };
}

describe('inserting into the Zendesk editor', () => {
  it('refuses a note while the editor holds a public reply draft, and changes nothing', async () => {
    const { client, adapter } = editorWith(`<p>${REPLY}</p>`, 'publicReply');
    const refused = adapter.insertReply(NOTE, { internal: true });
    await expect(refused).rejects.toBeInstanceOf(DraftConflictError);
    await expect(refused).rejects.toMatchObject({ draft: 'public' });
    expect(client.calls).toEqual([]);
    expect(client.draft).toEqual({ text: `<p>${REPLY}</p>`, type: 'publicReply' });
  });

  it('refuses a reply while the editor holds an internal note draft, and changes nothing', async () => {
    const { client, adapter } = editorWith(NOTE, 'internalNote');
    await expect(adapter.insertReply(REPLY, { internal: false })).rejects.toMatchObject({ name: 'DraftConflictError', draft: 'internal' });
    expect(client.calls).toEqual([]);
    expect(client.draft).toEqual({ text: NOTE, type: 'internalNote' });
  });

  it.each([
    ['nothing', ''],
    ['only spaces and line breaks', '  \n\t '],
    ['an empty paragraph', '<p></p>'],
    ['a paragraph holding a line break', '<p><br></p>'],
    ['a non-breaking space and a zero-width space', '<p>&nbsp;\u200b</p>'],
  ])('switches an editor holding %s to the other type and inserts', async (_, empty) => {
    const { client, adapter } = editorWith(empty, 'publicReply');
    await adapter.insertReply(NOTE, { internal: true });
    expect(client.calls).toEqual([{ 'set:ticket.comment.type': 'internalNote' }, { 'ticket.comment.appendText': [NOTE] }]);
    expect(client.draft.type).toBe('internalNote');
  });

  it('appends after a draft of the same type without touching the type', async () => {
    const { client, adapter } = editorWith('Thanks for waiting.', 'publicReply');
    await adapter.insertReply(REPLY, { internal: false });
    expect(client.calls).toEqual([{ 'ticket.comment.appendText': [REPLY] }]);
    expect(client.draft).toEqual({ text: `Thanks for waiting.\n\n${REPLY}`, type: 'publicReply' });
  });

  it('appends a note after a note', async () => {
    const { client, adapter } = editorWith('Called the customer.', 'internalNote');
    await adapter.insertReply(NOTE, { internal: true });
    expect(client.draft).toEqual({ text: `Called the customer.\n\n${NOTE}`, type: 'internalNote' });
  });

  it('inserts nothing when the editor cannot be read', async () => {
    const { client, adapter } = editorWith('', 'publicReply');
    client.get = async () => ({ errors: { 'ticket.comment.text': { message: 'not available' } } });
    await expect(adapter.insertReply(REPLY, { internal: false })).rejects.toBeInstanceOf(InvalidDataError);
    expect(client.calls).toEqual([]);
  });
});

describe('isBlankDraft', () => {
  it.each(['', ' ', '<p></p>', '<p><br></p>', '<br/>', '<div>&nbsp;</div>'])('treats %j as no draft', (text) => {
    expect(isBlankDraft(text)).toBe(true);
  });

  it.each(['a', '<p>Hi</p>', 'مرحباً', '<p>&gt;</p>'])('treats %j as a draft', (text) => {
    expect(isBlankDraft(text)).toBe(false);
  });
});
