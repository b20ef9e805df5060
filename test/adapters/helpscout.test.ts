import type { Context } from '@helpscout/javascript-sdk';
import { createHelpScoutAdapter } from '../../src/adapters/helpscout/adapter';
import type { ApiThread } from '../../src/shared/companionWire';
import { NetworkError, RateLimitedError } from '../../src/shared/errors';
import { createWorkspace } from '../../src/workspace/model';
import { apiConversation, apiThreads, sdkContext } from '../../src/workspace/helpscout/model';
import { fakeCompanion, fakeSdk, type FakeCompanion } from './fakeHelpScout';

const w = createWorkspace(Date.parse('2026-11-01T12:00:00Z'));
const ticket = (id: number) => w.tickets.get(id)!;
const threadsOf = (id: number) => apiThreads(w, ticket(id)) as unknown as ApiThread[];
const historyOf = (requester: number, open: number) =>
  [...w.tickets.values()].filter((t) => t.requesterId === requester && t.id !== open).map((t) => apiConversation(w, t)).map((c) => ({ ...c, tags: (c.tags as { tag: string }[]).map((t) => t.tag) })) as never;

function setup(id: number, companion: Partial<Parameters<typeof fakeCompanion>[0]> = {}, context: Context | null = sdkContext(w, id)) {
  const sdk = fakeSdk(context);
  const server: FakeCompanion = fakeCompanion({ threads: threadsOf(id), history: historyOf(ticket(id).requesterId, id), ...companion });
  const adapter = createHelpScoutAdapter({ sdk, companion: server, locale: () => 'en-US', contextTimeoutMs: 50 });
  return { sdk, server, adapter };
}

describe('the Help Scout adapter', () => {
  it('turns the SDK’s conversation and the API’s threads into a ticket, oldest first, customer and agent apart', async () => {
    const { adapter } = setup(5001);
    const { context } = await adapter.readContext();
    expect(context.id).toBe('5001');
    expect(context.ticket).toMatchObject({ id: 5001, subject: 'Laptop dead on arrival', tags: ['returns'] });
    expect(context.ticket.comments.map((c) => c.author)).toEqual(['customer', 'agent', 'customer']);
    expect(context.ticket.comments[2]?.body).toMatch(/^Tried it\. Nothing\./);
    expect(context.customer).toMatchObject({ id: 101, name: 'Marcus Bell', email: 'customer101@example.com', lifetimeValue: 189, orderCount: 1 });
  });

  it('reads the customer’s earlier conversations as history', async () => {
    const { adapter } = setup(5005);
    const { context, warnings } = await adapter.readContext();
    expect(context.history.map((h) => h.id).sort()).toEqual([4010, 4011, 4012, 4013, 4014]);
    expect(warnings).toEqual([]);
  });

  it('reads LTV and order count from the customer properties the settings name, by slug or by name', async () => {
    const context = sdkContext(w, 5001);
    context.customer!.properties = [
      { slug: 'ltv-usd', name: 'LTV (USD)', value: '1,840', type: 'number' },
      { slug: 'orders', name: 'Orders', text: '12', type: 'number' },
    ];
    const { adapter } = setup(5001, { settings: { ltvField: 'ltv-usd', orderCountField: 'Orders' } }, context);
    const { context: read } = await adapter.readContext();
    expect(read.customer).toMatchObject({ lifetimeValue: 1840, orderCount: 12 });
  });

  it('warns, and leaves LTV unknown, when the customer has no such property', async () => {
    const { adapter } = setup(5011);
    const { context, warnings } = await adapter.readContext();
    expect(context.customer.lifetimeValue).toBeNull();
    expect(warnings.map((x) => x.code)).toEqual(['ltv_missing', 'order_count_missing']);
  });

  it('treats internal notes as agent text that is not public, and leaves drafts and activity lines out', async () => {
    const threads: ApiThread[] = [
      { id: 4, type: 'lineitem', state: 'published', body: 'Status changed to Pending', createdAt: '2026-11-01T10:00:00Z', createdBy: { type: 'user', id: 900 } },
      { id: 3, type: 'message', state: 'draft', body: '<p>Unsent draft</p>', createdAt: '2026-11-01T09:00:00Z', createdBy: { type: 'user', id: 900 } },
      { id: 2, type: 'note', state: 'published', body: '<p>Checked the order</p>', createdAt: '2026-11-01T08:00:00Z', createdBy: { type: 'user', id: 900 } },
      { id: 1, type: 'customer', state: 'published', body: '<p>Where is it?</p>', createdAt: '2026-11-01T07:00:00Z', createdBy: { type: 'customer', id: 101 } },
    ];
    const { adapter } = setup(5001, { threads });
    const { context } = await adapter.readContext();
    expect(context.ticket.comments).toEqual([
      { author: 'customer', body: 'Where is it?', public: true, createdAt: '2026-11-01T07:00:00Z' },
      { author: 'agent', body: 'Checked the order', public: false, createdAt: '2026-11-01T08:00:00Z' },
    ]);
  });

  it('keeps the ticket and warns when the history is rate limited', async () => {
    const { adapter } = setup(5005, { fail: { history: new RateLimitedError(4000) } });
    const { context, warnings } = await adapter.readContext();
    expect(context.history).toEqual([]);
    expect(warnings).toEqual([{ code: 'history_rate_limited', values: { seconds: 4 } }]);
  });

  it('says Help Scout did not answer when no context arrives, as outside Help Scout', async () => {
    const { adapter } = setup(5001, {}, null);
    await expect(adapter.readContext()).rejects.toBeInstanceOf(NetworkError);
  });

  it('copies the reply to the clipboard with Help Scout’s notification when the server may not write drafts', async () => {
    const { adapter, sdk, server } = setup(5001);
    await adapter.readContext();
    expect(await adapter.insertReply('Hi Marcus', { internal: false })).toEqual({ mode: 'clipboard' });
    expect(await adapter.addTags(['fairline_legal_threat'])).toEqual({ applied: false });
    expect(sdk.clipboard).toEqual([{ text: 'Hi Marcus', successMessage: 'Reply copied: paste it into the reply editor.' }]);
    expect(sdk.notifications).toEqual([{ type: 'MESSAGE', text: 'Add these tags to the conversation: fairline_legal_threat' }]);
    expect(server.drafts).toEqual([]);
  });

  it('saves the reply as a draft and adds the tags through the server when it may write', async () => {
    const { adapter, sdk, server } = setup(5001, { writeDrafts: true });
    await adapter.readContext();
    expect(await adapter.insertReply('Hi Marcus', { internal: false })).toEqual({ mode: 'draft' });
    expect(await adapter.addTags(['fairline_legal_threat'])).toEqual({ applied: true });
    expect(server.drafts).toEqual([{ id: 5001, text: 'Hi Marcus' }]);
    expect(server.tagged).toEqual([{ id: 5001, tags: ['fairline_legal_threat'] }]);
    expect(sdk.clipboard).toEqual([]);
    expect(sdk.notifications[0]?.type).toBe('SUCCESS');
  });

  it('always copies an internal note, which the API would publish at once', async () => {
    const { adapter, sdk, server } = setup(5001, { writeDrafts: true });
    await adapter.readContext();
    expect(await adapter.insertReply('Forward to counsel', { internal: true })).toEqual({ mode: 'clipboard' });
    expect(sdk.clipboard).toEqual([{ text: 'Forward to counsel', successMessage: 'Note copied: paste it into a new note.' }]);
    expect(server.drafts).toEqual([]);
  });

  it.each([
    [false, { reply: 'clipboard', note: 'clipboard', tagsApplied: false }],
    [true, { reply: 'draft', note: 'clipboard', tagsApplied: true }],
  ] as const)('says beforehand what Insert and the tags will do when the server’s writing switch is %s', async (writeDrafts, behaviour) => {
    const { adapter } = setup(5001, { writeDrafts });
    expect(await adapter.insertBehaviour()).toEqual(behaviour);
  });

  it('says it will copy, writing nothing through the server, when the server’s settings cannot be read', async () => {
    const { adapter } = setup(5001, { writeDrafts: true, fail: { config: new NetworkError('The Fairline server did not answer') } });
    expect(await adapter.insertBehaviour()).toEqual({ reply: 'clipboard', note: 'clipboard', tagsApplied: false });
  });

  it('passes the panel’s height to Help Scout', () => {
    const { adapter, sdk } = setup(5001);
    adapter.resize(321.4);
    expect(sdk.heights).toEqual([322]);
  });

  it('calls back when Help Scout opens another conversation, and not when the same one is pushed again', async () => {
    const { adapter, sdk } = setup(5001);
    const changes: number[] = [];
    adapter.onContextChange(() => changes.push(1));
    await adapter.readContext();
    sdk.push(sdkContext(w, 5001));
    await Promise.resolve();
    sdk.push(sdkContext(w, 5002));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes).toHaveLength(1);
    const { context } = await adapter.readContext();
    expect(context.id).toBe('5002');
  });
});
