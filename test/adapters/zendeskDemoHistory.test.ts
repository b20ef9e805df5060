import { readHistory } from '../../src/adapters/zendesk/history';
import type { ZafClient } from '../../src/adapters/zendesk/zaf';
import { faultsFromUrl } from '../../src/workspace/faults';
import { createWorkspace, type Workspace } from '../../src/workspace/model';
import { answerRequest, type ApiStats } from '../../src/workspace/zendeskApi';

const NOW = Date.parse('2026-11-01T12:00:00Z');
const REQUESTED = '/api/v2/users/104/tickets/requested.json';

/** The local workspace's Zendesk API behind the part of a ZAF client that `readHistory` uses. */
function demoClient(w: Workspace, stats: ApiStats): ZafClient {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    get: unused,
    set: unused,
    invoke: unused,
    metadata: unused,
    on: () => undefined,
    off: () => undefined,
    async request(options) {
      const answer = await answerRequest(w, options, faultsFromUrl(''), stats);
      const complete = { status: answer.status, headers: answer.headers, responseText: JSON.stringify(answer.body), responseJSON: answer.body };
      if (answer.status >= 200 && answer.status < 300) return complete;
      throw complete;
    },
  };
}

/** Gives requester 104 a long past: `count` tickets from two to four years ago, with ids below the recent ones. */
function withLongPast(w: Workspace, count: number): void {
  for (let i = 0; i < count; i++) {
    w.tickets.set(1000 + i, { id: 1000 + i, requesterId: 104, subject: `Old ${i}`, status: 'closed', tags: [], daysAgo: 1460 - i, comments: [] });
  }
}

const ids = (body: unknown) => (body as { tickets: { id: number }[] }).tickets.map((t) => t.id);

describe("the workspace's Zendesk API and the history read", () => {
  it('lists the requester’s tickets by id unless asked to sort, as Zendesk does', async () => {
    const w = createWorkspace(NOW);
    const stats: ApiStats = { log: [], rateLimitedInARow: 0 };
    const plain = await answerRequest(w, { url: `${REQUESTED}?page[size]=10` }, faultsFromUrl(''), stats);
    const newest = await answerRequest(w, { url: `${REQUESTED}?page[size]=10&sort=-updated_at` }, faultsFromUrl(''), stats);
    expect(ids(plain.body)).toEqual([4004, 4005, 5004]);
    expect(ids(newest.body)).toEqual([5004, 4004, 4005]);
  });

  it('keeps the sort in the next link and refuses a sort cursor pagination does not offer', async () => {
    const w = createWorkspace(NOW);
    const stats: ApiStats = { log: [], rateLimitedInARow: 0 };
    const first = await answerRequest(w, { url: `${REQUESTED}?page[size]=1&sort=-updated_at` }, faultsFromUrl(''), stats);
    expect(first.body).toMatchObject({ links: { next: `${REQUESTED}?page[size]=1&page[after]=1&sort=-updated_at` } });
    expect((await answerRequest(w, { url: `${REQUESTED}?page[size]=1&sort=-created_at` }, faultsFromUrl(''), stats)).status).toBe(400);
  });

  it('reads the recent warning of a requester with 600 old tickets in one request', async () => {
    const w = createWorkspace(NOW);
    withLongPast(w, 600);
    const stats: ApiStats = { log: [], rateLimitedInARow: 0 };
    const { tickets, truncated } = await readHistory(demoClient(w, stats), 104, 5004, new Date(NOW));
    expect(tickets.map((t) => t.id)).toEqual([4004, 4005]);
    expect(tickets[0]?.tags).toContain('fairline_warning');
    expect(truncated).toBe(false);
    expect(stats.log).toHaveLength(1);
  });
});
