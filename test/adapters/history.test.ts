import { InvalidDataError } from '../../src/shared/errors';
import { PAGE_CAP, readHistory } from '../../src/adapters/zendesk/history';
import { fakeZafClient } from './fakeZaf';
import { daysAgo, historyApi, NOW, REQUESTER_ID } from './zendeskWorld';

const apiTicket = (id: number, days: number, tags: string[] = []) => ({ id, subject: `Ticket ${id}`, description: 'Hello', created_at: daysAgo(days), status: 'solved', tags });
const clientWith = (tickets: Record<string, unknown>[], size?: number) => fakeZafClient({ paths: {}, settings: {}, api: historyApi(tickets, size) });

describe('readHistory', () => {
  it('follows links.next while meta.has_more says there is more', async () => {
    const client = clientWith([1, 2, 3, 4, 5].map((id) => apiTicket(id, id)), 2);
    const { tickets, truncated } = await readHistory(client, REQUESTER_ID, 99, NOW);
    expect(tickets.map((t) => t.id)).toEqual([1, 2, 3, 4, 5]);
    expect(truncated).toBe(false);
    expect(client.requests[0]).toBe(`/api/v2/users/${REQUESTER_ID}/tickets/requested.json?page[size]=100&sort=-updated_at`);
    expect(client.requests).toHaveLength(3);
  });

  it('asks for the most recently updated tickets first, so the page cap keeps the newest', async () => {
    // Zendesk's own order is by id: here the oldest tickets have the smallest ids and fill the first pages.
    const old = Array.from({ length: 12 }, (_, i) => apiTicket(i + 1, 300 - i));
    const recent = [apiTicket(100, 2, ['fairline_warning']), apiTicket(101, 1)];
    const client = clientWith([...old, ...recent], 2);
    const { tickets, truncated } = await readHistory(client, REQUESTER_ID, 99, NOW);
    expect(tickets.slice(0, 2).map((t) => t.id)).toEqual([101, 100]);
    expect(tickets[1]?.tags).toEqual(['fairline_warning']);
    expect(truncated).toBe(true);
  });

  it('stops paging at the first page that reaches a ticket last updated over 365 days ago', async () => {
    const tickets = [apiTicket(1, 5), apiTicket(2, 30), apiTicket(3, 200), apiTicket(4, 400), apiTicket(5, 500), apiTicket(6, 600)];
    const client = clientWith(tickets, 2);
    const history = await readHistory(client, REQUESTER_ID, 99, NOW);
    expect(history.tickets.map((t) => t.id)).toEqual([1, 2, 3]);
    expect(history.truncated).toBe(false);
    expect(client.requests).toHaveLength(2);
  });

  it('counts a ticket created long ago but updated recently as recent activity, and keeps paging past it', async () => {
    const revived = { ...apiTicket(1, 500), updated_at: daysAgo(3) };
    const client = clientWith([revived, apiTicket(2, 10), apiTicket(3, 20), apiTicket(4, 400)], 1);
    const { tickets } = await readHistory(client, REQUESTER_ID, 99, NOW);
    expect(tickets.map((t) => t.id)).toEqual([2, 3]);
    expect(client.requests).toHaveLength(4);
  });

  it('keeps paging past old tickets when Zendesk ignored the sort, so newer ones after them are not lost', async () => {
    const unsorted = [apiTicket(1, 400), apiTicket(2, 3), apiTicket(3, 500), apiTicket(4, 1, ['fairline_warning'])];
    const client = fakeZafClient({ paths: {}, settings: {}, api: (url) => historyApi(unsorted, 2)(url.replace(/&sort=[^&]*/, '')) });
    const { tickets } = await readHistory(client, REQUESTER_ID, 99, NOW);
    expect(tickets.map((t) => t.id)).toEqual([2, 4]);
    expect(client.requests).toHaveLength(2);
  });

  it('keeps only the last 365 days and leaves the open ticket out', async () => {
    const client = clientWith([apiTicket(1, 10, ['fairline_warning']), apiTicket(2, 400), apiTicket(99, 1)]);
    const { tickets } = await readHistory(client, REQUESTER_ID, 99, NOW);
    expect(tickets).toEqual([{ id: 1, subject: 'Ticket 1', description: 'Hello', createdAt: daysAgo(10), status: 'solved', tags: ['fairline_warning'] }]);
  });

  it('stops at the page cap and says the list was cut short', async () => {
    const client = clientWith(Array.from({ length: 20 }, (_, i) => apiTicket(i + 1, 1)), 2);
    const { tickets, truncated } = await readHistory(client, REQUESTER_ID, 99, NOW);
    expect(client.requests).toHaveLength(PAGE_CAP);
    expect(tickets).toHaveLength(PAGE_CAP * 2);
    expect(truncated).toBe(true);
  });

  it('rejects an answer that is not a list of tickets with InvalidDataError', async () => {
    const client = fakeZafClient({ paths: {}, settings: {}, api: () => ({ status: 200, body: { tickets: 'not a list', meta: 7 } }) });
    await expect(readHistory(client, REQUESTER_ID, 99, NOW)).rejects.toBeInstanceOf(InvalidDataError);
  });

  it('does not follow a next link that leaves the Zendesk API', async () => {
    const client = fakeZafClient({
      paths: {},
      settings: {},
      api: () => ({ status: 200, body: { tickets: [apiTicket(1, 1)], meta: { has_more: true }, links: { next: 'https://evil.example/steal' } } }),
    });
    await readHistory(client, REQUESTER_ID, 99, NOW);
    expect(client.requests).toHaveLength(1);
  });
});
