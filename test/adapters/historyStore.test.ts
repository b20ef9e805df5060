import { createZendeskAdapter } from '../../src/adapters/zendesk/adapter';
import type { HistoryStore } from '../../src/adapters/zendesk/historyStore';
import { assess, parseSettings } from '../../src/rules';
import { fakeZafClient, type FakeZendesk } from './fakeZaf';
import { daysAgo, NOW, zendeskWorld } from './zendeskWorld';

const noWait = { retries: 0, maxWaitMs: 10_000, sleep: async () => undefined };
const MINUTE = 60_000;

/** One app frame: its own ZAF client and adapter, sharing the tab's storage with the other frames. */
function frame(world: FakeZendesk, store: HistoryStore | undefined, now = () => NOW) {
  const client = fakeZafClient(world);
  return { client, adapter: createZendeskAdapter({ client, now, retry: noWait, store }) };
}

/** The same requester's ticket `id`, as its own app frame sees it. */
function ticketWorld(id: number, history: Record<string, unknown>[]) {
  const world = zendeskWorld({ history });
  world.paths['ticket.id'] = id;
  return world;
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
    const tickets = [{ id: 5001, createdAt: daysAgo(0), tags: [] }, { id: 4001, createdAt: daysAgo(6), tags: [] }];
    store.setItem('fairline.history.101', JSON.stringify({ storedAt: NOW.getTime(), page: { truncated: false, tickets } }));
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

  it('reads the history again from the API once it is ten minutes old, in a new frame and in the same one', async () => {
    const store = memoryStore();
    let now = NOW.getTime();
    const clock = () => new Date(now);
    const first = frame(zendeskWorld({ history: HISTORY }), store, clock);
    await first.adapter.readContext();
    now += 9 * MINUTE;
    const second = frame(zendeskWorld({ history: HISTORY }), store, clock);
    await second.adapter.readContext();
    expect(second.client.requests).toHaveLength(0);
    now += 2 * MINUTE;
    await first.adapter.readContext();
    expect(first.client.requests).toHaveLength(2);
    const third = frame(zendeskWorld({ history: HISTORY }), store, clock);
    await third.adapter.readContext();
    expect(third.client.requests).toHaveLength(0);
  });

  it('shows the warning Fairline added on one ticket in the history of the same requester’s next ticket, without asking the API', async () => {
    const store = memoryStore();
    const history = [{ id: 5001, created_at: daysAgo(0), tags: [] }];
    const first = frame(ticketWorld(5001, history), store);
    await first.adapter.readContext();
    await first.adapter.addTags(['fairline_warning', 'fairline_belligerent']);
    const next = frame(ticketWorld(5002, history), store);
    const { context } = await next.adapter.readContext();
    expect(context.history).toEqual([expect.objectContaining({ id: 5001, tags: ['fairline_warning', 'fairline_belligerent'] })]);
    expect(next.client.requests).toHaveLength(0);
  });

  it('adds the tagged ticket to a history read before that ticket existed', async () => {
    const store = memoryStore();
    const first = frame(ticketWorld(5001, HISTORY.slice(1)), store);
    await first.adapter.readContext();
    await first.adapter.addTags(['fairline_warning']);
    const { context } = await frame(ticketWorld(5002, HISTORY.slice(1)), store).adapter.readContext();
    expect(context.history.map((t) => [t.id, t.tags])).toEqual([
      [5001, ['fairline_warning']],
      [4001, ['fairline_warning']],
    ]);
  });

  it('ends the relationship on the next abusive ticket after a warning shot in the same session', async () => {
    const store = memoryStore();
    const abuse = { comments: [{ from: 'customer' as const, html: '<p>Are you people brain dead? Get me someone competent.</p>' }] };
    const settings = parseSettings({}).settings;
    const first = frame(zendeskWorld({ ...abuse, history: [] }), store);
    const warned = assess((await first.adapter.readContext()).context, settings, NOW);
    expect(warned.response.action).toBe('warning_shot');
    await first.adapter.addTags(warned.response.tags);
    const world = zendeskWorld({ ...abuse, history: [] });
    world.paths['ticket.id'] = 5002;
    const next = assess((await frame(world, store).adapter.readContext()).context, settings, NOW);
    expect(next.response.action).toBe('terminate_with_refund');
  });

  it('keeps tags added while the history is being read again', async () => {
    const store = memoryStore();
    let now = NOW.getTime();
    const clock = () => new Date(now);
    const world = ticketWorld(5001, HISTORY);
    const api = world.api;
    const first = frame(world, store, clock);
    await first.adapter.readContext();
    now += 11 * MINUTE;
    let answer: () => void = () => undefined;
    world.api = (url) => new Promise((resolve) => (answer = () => resolve(api(url))));
    const reread = first.adapter.readContext();
    await vi.waitFor(() => expect(first.client.requests).toHaveLength(2));
    await first.adapter.addTags(['fairline_warning']);
    answer();
    await reread;
    const next = frame(ticketWorld(5002, HISTORY), store, clock);
    const { context } = await next.adapter.readContext();
    expect(context.history.find((t) => t.id === 5001)?.tags).toEqual(['fairline_warning']);
    expect(next.client.requests).toHaveLength(0);
  });

  it('leaves the cached history alone when the tags could not be added', async () => {
    const store = memoryStore();
    const world = ticketWorld(5001, HISTORY);
    world.failingInvokes = ['ticket.tags.add'];
    const first = frame(world, store);
    await first.adapter.readContext();
    await expect(first.adapter.addTags(['fairline_warning'])).rejects.toThrow();
    const { context } = await frame(ticketWorld(5002, HISTORY), store).adapter.readContext();
    expect(context.history.find((t) => t.id === 5001)?.tags).toEqual([]);
  });
});
