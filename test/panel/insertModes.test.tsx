// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { type InsertBehaviour } from '../../src/shared/adapter';
import { NetworkError } from '../../src/shared/errors';
import { CLIPBOARD, DRAFT, EDITOR, fakeAdapter, ticketContext } from '../store/fakeAdapter';
import { renderWithAdapter, TEXT } from './harness';

const LEGAL = { context: ticketContext(TEXT.legal), warnings: [] };

const MODES = [
  {
    where: 'into the editor (Zendesk)',
    behaviour: EDITOR,
    button: 'Insert reply',
    done: 'Inserted',
    hint: 'Edit it before inserting. Insert adds it after what you have typed.',
    confirmation: 'The reply is in the editor as a public reply.',
    tags: 'Tags added: ',
  },
  {
    where: 'to the clipboard (Help Scout)',
    behaviour: CLIPBOARD,
    button: 'Copy reply',
    done: 'Copied',
    hint: 'Edit it before copying. Copy reply puts it on the clipboard for you to paste into the reply editor.',
    confirmation: 'Copied to the clipboard — paste it into the reply editor.',
    tags: 'Add these tags by hand: ',
  },
  {
    where: 'into a draft (Help Scout writing drafts)',
    behaviour: DRAFT,
    button: 'Save as draft',
    done: 'Saved as draft',
    hint: 'Edit it before saving. Save as draft puts it on the conversation as a draft reply; nothing is sent.',
    confirmation: 'Saved as a draft reply in Help Scout (not sent).',
    tags: 'Tags added: ',
  },
] as const;

describe('the panel words Insert by where the reply goes', () => {
  it.each(MODES)('names the button, the hint and what happened when the reply goes $where', async ({ behaviour, button, done, hint, confirmation, tags }) => {
    const fake = fakeAdapter(LEGAL, behaviour);
    const { store, user } = await renderWithAdapter(fake.adapter);
    expect(screen.getByText(hint)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: button }));
    expect(screen.getByRole('button', { name: done })).toBeDisabled();
    const status = screen.getByText(confirmation).closest('[role="status"]') as HTMLElement;
    expect(status).not.toBeNull();
    const responseTags = store.getState().assessment?.response.tags ?? [];
    expect(within(status).getByText(tags + responseTags.join(', '))).toBeInTheDocument();
    expect(fake.inserted).toEqual([{ text: store.getState().reply, options: { internal: false } }]);
  });

  it.each([CLIPBOARD, DRAFT])('never says the reply is in the editor when it goes to the $reply', async (behaviour) => {
    const { user } = await renderWithAdapter(fakeAdapter(LEGAL, behaviour).adapter);
    await user.click(screen.getByRole('button', { name: behaviour.reply === 'draft' ? 'Save as draft' : 'Copy reply' }));
    expect(document.body.textContent).not.toMatch(/in the editor|Insert|Inserted/);
  });

  it.each<[InsertBehaviour, string, string]>([
    [EDITOR, 'Insert note', 'The note is in the editor as an internal note.'],
    [DRAFT, 'Copy note', 'Copied to the clipboard — paste it into a new note.'],
  ])('words the note by where it goes, which can differ from the reply', async (behaviour, button, confirmation) => {
    const { user } = await renderWithAdapter(fakeAdapter(LEGAL, behaviour).adapter);
    await user.click(screen.getByRole('button', { name: button }));
    expect(screen.getByText(confirmation)).toBeInTheDocument();
  });

  it('says the copy failed, not the editor, when copying the reply fails', async () => {
    const fake = fakeAdapter(LEGAL, CLIPBOARD);
    fake.adapter.fail.insert = new NetworkError('Help Scout did not answer');
    const { user } = await renderWithAdapter(fake.adapter);
    await user.click(screen.getByRole('button', { name: 'Copy reply' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/^Could not copy to the clipboard/);
  });

  it('says the tags failed without claiming the reply is in the editor when it was copied', async () => {
    const fake = fakeAdapter(LEGAL, CLIPBOARD);
    fake.adapter.fail.tags = new NetworkError('Help Scout did not answer');
    const { user } = await renderWithAdapter(fake.adapter);
    await user.click(screen.getByRole('button', { name: 'Copy reply' }));
    expect(screen.getByText(/^The tags could not be added: /)).toBeInTheDocument();
    expect(screen.queryByText(/in the editor/)).toBeNull();
  });

  it('words copying and the tags to add by hand in Arabic for an Arabic-speaking agent', async () => {
    const fake = fakeAdapter(LEGAL, CLIPBOARD);
    fake.adapter.readAgentLocale = async () => 'ar';
    const { store, user } = await renderWithAdapter(fake.adapter);
    await user.click(screen.getByRole('button', { name: 'نسخ الرد' }));
    expect(screen.getByRole('button', { name: 'نُسخ' })).toBeDisabled();
    expect(screen.getByText('نُسخ إلى الحافظة — الصقه في محرر الرد.')).toBeInTheDocument();
    expect(screen.getByText(`أضف هذه الوسوم بنفسك: ${store.getState().assessment?.response.tags.join(', ')}`)).toBeInTheDocument();
  });

  it('words saving a draft in Arabic', async () => {
    const fake = fakeAdapter(LEGAL, DRAFT);
    fake.adapter.readAgentLocale = async () => 'ar';
    const { user } = await renderWithAdapter(fake.adapter);
    await user.click(screen.getByRole('button', { name: 'حفظ كمسودة' }));
    expect(screen.getByText('حُفظ كمسودة رد في Help Scout (لم يُرسَل).')).toBeInTheDocument();
  });

  it('uses the editor’s words before the click when the adapter cannot say, and the real outcome after', async () => {
    const fake = fakeAdapter(LEGAL, CLIPBOARD);
    fake.adapter.insertBehaviour = async () => {
      throw new NetworkError('The Fairline server did not answer');
    };
    const { user } = await renderWithAdapter(fake.adapter);
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(screen.getByText('Copied to the clipboard — paste it into the reply editor.')).toBeInTheDocument();
  });
});
