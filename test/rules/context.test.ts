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

  it.each([['2026-11-03'], ['2026-11-03T09:30:00Z'], ['2026-11-03T09:30:00.123+04:00'], ['2026-11-03 09:30']])('accepts the ISO 8601 date %s', (now) => {
    expect(parseTicketContext({ id: 'a', now, ticket: { comments: [] }, customer: {} }).ok).toBe(true);
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
    [{ id: 'g', ticket: { comments: [] }, customer: { orderCount: -1 } }, 'g', '"customer.orderCount" must not be negative'],
    [{ id: 'h', ticket: { comments: [] }, customer: { orderCount: 1.5 } }, 'h', '"customer.orderCount" must be a whole number'],
    [{ id: 'i', now: '1', ticket: { comments: [] }, customer: {} }, 'i', '"now" is not a date and time'],
    [{ id: 'j', now: 'Tuesday 12', ticket: { comments: [] }, customer: {} }, 'j', '"now" is not a date and time'],
    [{ id: '   ', ticket: { comments: [] }, customer: {} }, '   ', '"id" must not be empty or only spaces'],
    [{ id: 'k', ticket: { comments: [] }, customer: [] }, 'k', '"customer" should be an object but is a list'],
    [{ id: 'l', ticket: [], customer: {} }, 'l', '"ticket" should be an object but is a list'],
    [{ id: 'm', ticket: { comments: [[]] }, customer: {} }, 'm', '"ticket.comments.0" should be an object but is a list'],
  ])('rejects %j with a plain reason', (raw, id, reason) => {
    const result = parseTicketContext(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.id).toBe(id);
    expect(result.error).toContain(reason);
  });
});
