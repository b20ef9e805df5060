import { DraftConflictError } from '../../src/shared/errors';
import { createPanelStore, type Clipboard } from '../../src/store';
import { fakeAdapter, NOW, ticketContext } from './fakeAdapter';

const LEGAL = 'Refund me by Friday or my attorney will be in touch with you.';

async function loadedStore(clipboard: Clipboard = async () => undefined) {
  const fake = fakeAdapter({ context: ticketContext(LEGAL), warnings: [] });
  const store = createPanelStore({ adapter: fake.adapter, now: () => NOW, clipboard });
  await store.getState().load();
  return { ...fake, store };
}

describe('an insert refused because the editor holds a draft of the other kind', () => {
  it('says which draft is in the way, keeps the reply as it was and ready to insert, and adds no tags', async () => {
    const { adapter, store, tagged } = await loadedStore();
    store.getState().editReply('My own words');
    adapter.fail.insert = new DraftConflictError('internal');
    await store.getState().insertReply();
    expect(store.getState()).toMatchObject({ reply: 'My own words', insert: { reply: 'failed' }, insertProblem: { code: 'draft_internal', target: 'reply' } });
    expect(tagged).toEqual([]);
    delete adapter.fail.insert;
    await store.getState().insertReply();
    expect(store.getState()).toMatchObject({ insert: { reply: 'inserted' }, insertProblem: null });
  });

  it('says a public reply is in the way of the note', async () => {
    const { adapter, store } = await loadedStore();
    adapter.fail.insert = new DraftConflictError('public');
    await store.getState().insertNote();
    expect(store.getState()).toMatchObject({ insert: { note: 'failed' }, insertProblem: { code: 'draft_public', target: 'note' } });
  });

  it('copies the reply or the note the agent asks for', async () => {
    const copied: string[] = [];
    const { store } = await loadedStore(async (text) => void copied.push(text));
    await store.getState().copyText('reply');
    await store.getState().copyText('note');
    expect(copied).toEqual([store.getState().reply, store.getState().assessment?.response.internalNote]);
    expect(store.getState().copy).toEqual({ target: 'note', done: true });
  });

  it('says the copy failed when the browser refuses the clipboard', async () => {
    const { store } = await loadedStore(async () => {
      throw new DOMException('Write permission denied', 'NotAllowedError');
    });
    await store.getState().copyText('reply');
    expect(store.getState().copy).toEqual({ target: 'reply', done: false });
  });
});
