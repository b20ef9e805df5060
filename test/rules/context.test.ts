import { parseTicketContext } from '../../src/rules';
import { context } from './build';

describe('parseTicketContext', () => {
  it('accepts a valid context and fills optional lists and values', () => {
    const result = parseTicketContext({ id: 'a', ticket: { comments: [] }, customer: {} });
    expect(result).toEqual({
      ok: true,
      context: { id: 'a', ticket: { tags: [], comments: [] }, customer: { lifetimeValue: null, orderCount: null, tags: [] }, history: [] },
    });
  });

  it('accepts the test builder context unchanged', () => {
    const valid = context();
    expect(parseTicketContext(valid)).toEqual({ ok: true, context: valid });
  });

  it.each([
    [null, null, 'the ticket context should be an object but is null'],
    [{ ticket: { comments: [] }, customer: {} }, null, '"id" is missing'],
    [{ id: 'b', customer: {} }, 'b', '"ticket" is missing'],
    [{ id: 'c', ticket: { comments: [{ author: 'bot', body: 'x' }] }, customer: {} }, 'c', '"ticket.comments.0.author" must be "customer" or "agent"'],
    [{ id: 'd', ticket: { comments: [{ author: 'agent', body: 5 }] }, customer: {} }, 'd', '"ticket.comments.0.body" should be text but is 5'],
    [{ id: 'e', ticket: { comments: [] }, customer: { lifetimeValue: '100' } }, 'e', '"customer.lifetimeValue"'],
    [{ id: 'f', ticket: { comments: [] }, customer: {}, history: [{ createdAt: 'yesterday' }] }, 'f', '"history.0.createdAt" is not a date and time'],
    [{ id: 'g', ticket: { comments: [] }, customer: { orderCount: -1 } }, 'g', '"customer.orderCount"'],
  ])('rejects %j with a plain reason', (raw, id, reason) => {
    const result = parseTicketContext(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.id).toBe(id);
    expect(result.error).toContain(reason);
  });
});
