import { NetworkError } from '../../src/shared/errors';
import { createPanelStore } from '../../src/store';
import { CLIPBOARD, DRAFT, EDITOR, fakeAdapter, NOW, ticketContext } from './fakeAdapter';

const LEGAL = 'Refund me by Friday or my attorney will be in touch with you.';

async function loadedStore(...args: Parameters<typeof fakeAdapter>) {
  const fake = fakeAdapter(...args);
  const store = createPanelStore({ adapter: fake.adapter, now: () => NOW });
  await store.getState().load();
  return { ...fake, store };
}

describe('what Insert did, as the store keeps it', () => {
  it.each([
    ['the editor', EDITOR, 'editor', true],
    ['the clipboard', CLIPBOARD, 'clipboard', false],
    ['a draft', DRAFT, 'draft', true],
  ] as const)('knows before the click that the reply goes to %s, and after it where it went and whether the tags were added', async (_, behaviour, mode, applied) => {
    const { store } = await loadedStore({ context: ticketContext(LEGAL), warnings: [] }, behaviour);
    expect(store.getState().insertBehaviour).toEqual(behaviour);
    expect(store.getState().insertedAs).toEqual({ reply: null, note: null });
    await store.getState().insertReply();
    const { tags } = store.getState().assessment!.response;
    expect(tags.length).toBeGreaterThan(0);
    expect(store.getState()).toMatchObject({ insert: { reply: 'inserted' }, insertedAs: { reply: mode, note: null }, tagged: { tags, applied } });
  });

  it('keeps where the note went apart from the reply: copied even when the reply is saved as a draft', async () => {
    const { store } = await loadedStore({ context: ticketContext(LEGAL), warnings: [] }, DRAFT);
    await store.getState().insertNote();
    await store.getState().insertReply();
    expect(store.getState().insertedAs).toEqual({ reply: 'draft', note: 'clipboard' });
  });

  it('records no tag outcome when the tags failed, only the problem', async () => {
    const { adapter, store } = await loadedStore({ context: ticketContext(LEGAL), warnings: [] }, CLIPBOARD);
    adapter.fail.tags = new NetworkError('Help Scout did not answer');
    await store.getState().insertReply();
    expect(store.getState()).toMatchObject({ insertedAs: { reply: 'clipboard' }, tagged: null, tagsProblem: { code: 'network' } });
  });

  it('records nothing as inserted when the insert failed', async () => {
    const { adapter, store } = await loadedStore({ context: ticketContext(LEGAL), warnings: [] }, CLIPBOARD);
    adapter.fail.insert = new NetworkError('Help Scout did not answer');
    await store.getState().insertReply();
    expect(store.getState()).toMatchObject({ insert: { reply: 'failed' }, insertedAs: { reply: null }, tagged: null });
  });

  it('forgets what was inserted when the agent overrides the behaviour, so the new response can go in', async () => {
    const { store } = await loadedStore({ context: ticketContext(LEGAL), warnings: [] }, CLIPBOARD);
    await store.getState().insertReply();
    store.getState().overrideBehaviour('legitimate');
    expect(store.getState()).toMatchObject({ insert: { reply: 'idle' }, insertedAs: { reply: null, note: null }, tagged: null, insertBehaviour: CLIPBOARD });
  });

  it('still loads, not knowing what Insert will do, when the adapter cannot say', async () => {
    const { adapter, store } = await loadedStore({ context: ticketContext(LEGAL), warnings: [] });
    adapter.insertBehaviour = async () => {
      throw new NetworkError('The Fairline server did not answer');
    };
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', insertBehaviour: null, loadProblem: null });
  });
});
