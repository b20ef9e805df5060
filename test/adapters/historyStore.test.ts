import { createZendeskAdapter } from '../../src/adapters/zendesk/adapter';
import type { HistoryStore } from '../../src/adapters/zendesk/historyStore';
import { fakeZafClient, type FakeZendesk } from './fakeZaf';
import { daysAgo, NOW, zendeskWorld } from './zendeskWorld';

const noWait = { retries: 0, maxWaitMs: 10_000, sleep: async () => undefined };

/** One app frame: its own ZAF client and adapter, sharing the tab's storage with the other frames. */
function frame(world: FakeZendesk, store: HistoryStore | undefined) {
  const client = fakeZafClient(world);
  return { client, adapter: createZendeskAdapter({ client, now: () => NOW, retry: noWait, store }) };
}

function memoryStore(): HistoryStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

const HISTORY = [
  { id: 5001, created_at: daysAgo(0), tags: [] },
  { id: 4001, created_at: daysAgo(6), tags: ['fairline_warning'] },
];

describe("the requester's history kept for the browser tab's session", () => {
  it('is read from the API once, then by a new app frame from the session store', async () => {
    const store = memoryStore();
    const first = frame(zendeskWorld({ history: HISTORY }), store);
    const second = frame(zendeskWorld({ history: HISTORY }), store);
    const [a, b] = [await first.adapter.readContext(), await second.adapter.readContext()];
    expect(b.context.history).toEqual(a.context.history);
    expect(first.client.requests).toHaveLength(1);
    expect(second.client.requests).toHaveLength(0);
  });

  it('leaves the open ticket out of the history, whichever ticket stored it', async () => {
    const store = memoryStore();
    store.setItem('fairline.history.101', JSON.stringify({ truncated: false, tickets: [{ id: 5001, createdAt: daysAgo(0), tags: [] }, { id: 4001, createdAt: daysAgo(6), tags: [] }] }));
    const { adapter } = frame(zendeskWorld(), store);
    expect((await adapter.readContext()).context.history.map((t) => t.id)).toEqual([4001]);
  });

  it('does not store a history it could not read, so the next frame tries again', async () => {
    const store = memoryStore();
    const { adapter } = frame(zendeskWorld({ api: () => ({ status: 500 }) }), store);
    expect((await adapter.readContext()).warnings).toEqual([{ code: 'history_unavailable' }]);
    expect(store.items.size).toBe(0);
  });

  it('reads from the API when the stored value is not a history', async () => {
    const store = memoryStore();
    store.setItem('fairline.history.101', '{"tickets": "not a list"}');
    const { client, adapter } = frame(zendeskWorld({ history: HISTORY }), store);
    expect((await adapter.readContext()).context.history).toHaveLength(1);
    expect(client.requests).toHaveLength(1);
  });

  it('still works when the browser refuses to store anything', async () => {
    const full: HistoryStore = { getItem: () => null, setItem: () => { throw new DOMException('Quota exceeded', 'QuotaExceededError'); } };
    const { adapter } = frame(zendeskWorld({ history: HISTORY }), full);
    expect((await adapter.readContext()).context.history).toHaveLength(1);
  });
});
