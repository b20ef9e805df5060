import { createZendeskAdapter } from '../../src/adapters/zendesk/adapter';
import { fakeZafClient, type FakeZendesk } from './fakeZaf';
import { daysAgo, NOW, REQUESTER_ID, zendeskWorld } from './zendeskWorld';

const noWait = { retries: 2, maxWaitMs: 10_000, sleep: async () => undefined };
const adapterFor = (world: FakeZendesk) => {
  const client = fakeZafClient(world);
  return { client, adapter: createZendeskAdapter({ client, now: () => NOW, retry: noWait }) };
};

describe('the Zendesk adapter', () => {
  it('reads the ticket oldest first, as plain text, with customer and agent told apart by role', async () => {
    const { adapter } = adapterFor(
      zendeskWorld({
        comments: [
          { from: 'customer', html: '<p>It arrived <b>broken</b> &amp; late.</p>' },
          { from: 'agent', html: '<p>Sorry to hear that!</p>' },
        ],
      }),
    );
    const { context } = await adapter.readContext();
    expect(context.ticket.comments.map((c) => [c.author, c.body])).toEqual([
      ['customer', 'It arrived broken & late.'],
      ['agent', 'Sorry to hear that!'],
    ]);
    expect(context.ticket).toMatchObject({ id: 5001, subject: 'Help with my order' });
  });

  it('reads the requester and the LTV and order count from the user fields the settings name', async () => {
    const world = zendeskWorld({ fields: { ltv_usd: '1840.50', orders: 12 }, settings: { ltvField: 'ltv_usd', orderCountField: 'orders' }, requester: { locale: 'ar-SA', tags: ['wholesale'] } });
    const { context, warnings } = await adapterFor(world).adapter.readContext();
    expect(context.customer).toEqual({ id: REQUESTER_ID, name: 'Marcus Bell', email: 'marcus@example.com', locale: 'ar-SA', tags: ['wholesale'], lifetimeValue: 1840.5, orderCount: 12 });
    expect(warnings).toEqual([]);
  });

  it('says in a warning which user field is missing instead of failing', async () => {
    const { context, warnings } = await adapterFor(zendeskWorld({ fields: {} })).adapter.readContext();
    expect(context.customer.lifetimeValue).toBeNull();
    expect(warnings).toContainEqual({ code: 'ltv_missing', values: { field: 'lifetime_value' } });
    expect(warnings).toContainEqual({ code: 'order_count_missing', values: { field: 'order_count' } });
  });

  it('falls back to the default field key when the setting is not a field key', async () => {
    const { warnings } = await adapterFor(zendeskWorld({ settings: { ltvField: 'lifetime value!' } })).adapter.readContext();
    expect(warnings).toEqual([{ code: 'field_key_invalid', values: { setting: 'ltvField', fallback: 'lifetime_value' } }]);
  });

  it('leaves out a comment it cannot read and says so', async () => {
    const world = zendeskWorld();
    (world.paths['ticket.comments'] as unknown[]).push({ id: 9, value: 42, author: null });
    const { context, warnings } = await adapterFor(world).adapter.readContext();
    expect(context.ticket.comments).toHaveLength(1);
    expect(warnings).toContainEqual({ code: 'comments_unreadable', values: { count: 1 } });
  });

  it('reads the history once per requester for the session', async () => {
    const { client, adapter } = adapterFor(zendeskWorld({ history: [{ id: 1, created_at: daysAgo(3), tags: [] }] }));
    const first = await adapter.readContext();
    const second = await adapter.readContext();
    expect(first.context.history).toHaveLength(1);
    expect(second.context.history).toHaveLength(1);
    expect(client.requests).toHaveLength(1);
  });

  it('assesses without history when the history cannot be read, says why, and tries again on the next read', async () => {
    let status = 500;
    const { client, adapter } = adapterFor(zendeskWorld({ api: () => ({ status, body: { tickets: [], meta: { has_more: false } } }) }));
    expect((await adapter.readContext()).warnings).toEqual([{ code: 'history_unavailable' }]);
    status = 200;
    expect((await adapter.readContext()).warnings).toEqual([]);
    expect(client.requests).toHaveLength(2);
  });

  it('reports a rate limit that outlasts the retries as its own warning', async () => {
    const { adapter } = adapterFor(zendeskWorld({ api: () => ({ status: 429, headers: { 'retry-after': '7' } }) }));
    expect((await adapter.readContext()).warnings).toEqual([{ code: 'history_rate_limited', values: { seconds: 7 } }]);
  });

  it('inserts into an empty editor by setting the comment type and appending, never by setting the comment text', async () => {
    const { client, adapter } = adapterFor(zendeskWorld());
    await adapter.insertReply('Hi Marcus', { internal: true });
    expect(client.calls).toEqual([{ 'set:ticket.comment.type': 'internalNote' }, { 'ticket.comment.appendText': ['Hi Marcus'] }]);
    expect(client.draft).toEqual({ text: 'Hi Marcus', type: 'internalNote' });
  });

  it('adds tags through ticket.tags.add and resizes through resize', async () => {
    const { client, adapter } = adapterFor(zendeskWorld({ ticketTags: ['returns'] }));
    await adapter.addTags(['fairline_vip', 'fairline_customer_error']);
    adapter.resize(412.4);
    expect(client.tags).toEqual(['returns', 'fairline_vip', 'fairline_customer_error']);
    expect(client.calls).toContainEqual({ resize: [{ width: '100%', height: '413px' }] });
  });

  it('says beforehand and after that the text went into the editor and the tags were added', async () => {
    const { client, adapter } = adapterFor(zendeskWorld());
    expect(await adapter.insertBehaviour()).toEqual({ reply: 'editor', note: 'editor', tagsApplied: true });
    expect(await adapter.insertReply('Hi Marcus', { internal: false })).toEqual({ mode: 'editor' });
    expect(await adapter.addTags(['fairline_vip'])).toEqual({ applied: true });
    expect(client.tags).toEqual(['fairline_vip']);
  });

  it('reads the agent locale and the installation settings', async () => {
    const { adapter } = adapterFor(zendeskWorld({ agentLocale: 'ar', settings: { vipThreshold: '500' } }));
    expect(await adapter.readAgentLocale()).toBe('ar');
    expect(await adapter.readSettings()).toMatchObject({ vipThreshold: '500' });
  });

  it('calls back when the requester changes, until unsubscribed', () => {
    const { client, adapter } = adapterFor(zendeskWorld());
    const listener = vi.fn();
    const stop = adapter.onContextChange(listener);
    client.trigger('ticket.requester.id.changed');
    stop();
    client.trigger('ticket.requester.id.changed');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
