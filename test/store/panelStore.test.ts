import { HttpError, NetworkError, RateLimitedError } from '../../src/shared/errors';
import { createPanelStore } from '../../src/store';
import { fakeAdapter, NOW, ticketContext } from './fakeAdapter';

const LEGAL = 'Refund me by Friday or my attorney will be in touch with you.';
const storeFor = (...args: Parameters<typeof fakeAdapter>) => {
  const fake = fakeAdapter(...args);
  return { ...fake, store: createPanelStore({ adapter: fake.adapter, now: () => NOW }) };
};

describe('the panel store', () => {
  it('loads the ticket and holds the assessment, its reply and the read warnings', async () => {
    const { store } = storeFor({ context: ticketContext(LEGAL), warnings: [{ code: 'history_unavailable' }] });
    expect(store.getState().status).toBe('loading');
    await store.getState().load();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.assessment?.response.action).toBe('terminate_legal');
    expect(state.reply).toBe(state.assessment?.response.reply);
    expect(state.warnings).toEqual([{ code: 'history_unavailable' }]);
  });

  it('shows an error when the first load fails, and keeps the last good assessment when a later one fails', async () => {
    let fail = true;
    const { store } = storeFor(async () => {
      if (fail) throw new HttpError(503);
      return { context: ticketContext(LEGAL), warnings: [] };
    });
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'error', loadProblem: { code: 'http', values: { status: 503 } } });
    fail = false;
    await store.getState().load();
    fail = true;
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', loadProblem: { code: 'http' } });
    expect(store.getState().assessment?.response.action).toBe('terminate_legal');
  });

  it('treats a context that breaks the contract as invalid data', async () => {
    const { store } = storeFor({ context: { ...ticketContext(LEGAL), id: '' }, warnings: [] });
    await store.getState().load();
    expect(store.getState().loadProblem?.code).toBe('invalid_data');
  });

  it('reports settings that were ignored in plain words', async () => {
    const { adapter, store } = storeFor({ context: ticketContext(LEGAL), warnings: [] });
    adapter.readSettings = async () => ({ vipThreshold: -5 });
    await store.getState().load();
    expect(store.getState().settingsIssues).toEqual(['"vipThreshold" cannot be negative; using the default 1000.']);
  });

  it('follows an override at once and goes back when the detected behaviour is chosen again', async () => {
    const { store } = storeFor({ context: ticketContext(LEGAL), warnings: [] });
    await store.getState().load();
    store.getState().overrideBehaviour('legitimate');
    expect(store.getState()).toMatchObject({ override: 'legitimate', assessment: { response: { action: 'resolve' } } });
    expect(store.getState().reply).toBe(store.getState().assessment?.response.reply);
    store.getState().overrideBehaviour('legal_threat');
    expect(store.getState()).toMatchObject({ override: null, assessment: { response: { action: 'terminate_legal' } } });
  });

  it('inserts the edited reply as a public reply with the response tags, once even when asked twice at the same time', async () => {
    const { store, inserted, tagged } = storeFor({ context: ticketContext(LEGAL), warnings: [] });
    await store.getState().load();
    store.getState().editReply('My own words');
    await Promise.all([store.getState().insertReply(), store.getState().insertReply()]);
    await store.getState().insertReply();
    expect(inserted).toEqual([{ text: 'My own words', options: { internal: false } }]);
    expect(tagged).toEqual([store.getState().assessment?.response.tags]);
    expect(store.getState().insert.reply).toBe('inserted');
  });

  it('allows another insert once the reply has been edited', async () => {
    const { store, inserted } = storeFor({ context: ticketContext(LEGAL), warnings: [] });
    await store.getState().load();
    await store.getState().insertReply();
    store.getState().editReply('A second thought');
    await store.getState().insertReply();
    expect(inserted.map((i) => i.text)).toEqual([store.getState().assessment?.response.reply, 'A second thought']);
  });

  it('inserts the internal note as an internal note', async () => {
    const { store, inserted } = storeFor({ context: ticketContext(LEGAL), warnings: [] });
    await store.getState().load();
    await store.getState().insertNote();
    expect(inserted).toEqual([{ text: store.getState().assessment?.response.internalNote, options: { internal: true } }]);
  });

  it('keeps the reply insertable when the editor refused it, and says why', async () => {
    const { adapter, store, inserted } = storeFor({ context: ticketContext(LEGAL), warnings: [] });
    await store.getState().load();
    adapter.fail.insert = new NetworkError('Timeout when invoking "set"');
    await store.getState().insertReply();
    expect(store.getState()).toMatchObject({ insert: { reply: 'failed' }, insertProblem: { code: 'network' } });
    delete adapter.fail.insert;
    await store.getState().insertReply();
    expect(inserted).toHaveLength(1);
  });

  it('marks the reply inserted but reports tags that could not be added', async () => {
    const { adapter, store } = storeFor({ context: ticketContext(LEGAL), warnings: [] });
    await store.getState().load();
    adapter.fail.tags = new RateLimitedError(4000);
    await store.getState().insertReply();
    expect(store.getState()).toMatchObject({ insert: { reply: 'inserted' }, tagsProblem: { code: 'rate_limited', values: { seconds: 4 } } });
  });

  it('follows the agent locale for the panel language', async () => {
    const { adapter, store } = storeFor({ context: ticketContext(LEGAL), warnings: [] });
    adapter.readAgentLocale = async () => 'ar-SA';
    await store.getState().load();
    expect(store.getState().uiLanguage).toBe('ar');
  });

  it('passes a new height to the adapter only when it changed', () => {
    const { store, heights } = storeFor({ context: ticketContext(LEGAL), warnings: [] });
    store.getState().resize(300.2);
    store.getState().resize(300.7);
    store.getState().resize(420);
    expect(heights).toEqual([301, 420]);
  });
});
