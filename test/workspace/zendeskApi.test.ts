import { faultsFromUrl } from '../../src/workspace/faults';
import { createWorkspace } from '../../src/workspace/model';
import { answerRequest, type ApiStats } from '../../src/workspace/zendeskApi';

const fresh = () => ({ w: createWorkspace(Date.parse('2026-11-01T12:00:00Z')), stats: { log: [], rateLimitedInARow: 0 } as ApiStats });
const HISTORY = '/api/v2/users/105/tickets/requested.json';

describe('the workspace fake Zendesk API', () => {
  it('pages a requester’s tickets with cursors until has_more is false', async () => {
    const { w, stats } = fresh();
    const seen: unknown[] = [];
    let url: string | null = `${HISTORY}?page[size]=2`;
    while (url) {
      const response = await answerRequest(w, { url }, faultsFromUrl(''), stats);
      const body = response.body as { tickets: { id: number }[]; meta: { has_more: boolean }; links: { next: string | null } };
      seen.push(...body.tickets.map((t) => t.id));
      url = body.meta.has_more ? body.links.next : null;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(stats.log).toHaveLength(3);
  });

  it('pages with offsets when no cursor is asked for', async () => {
    const { w, stats } = fresh();
    const response = await answerRequest(w, { url: `${HISTORY}?per_page=4` }, faultsFromUrl(''), stats);
    expect(response.body).toMatchObject({ count: 6, next_page: `${HISTORY}?page=2&per_page=4` });
  });

  it('answers twice with 429 and Retry-After under the rate-limit fault, then succeeds', async () => {
    const { w, stats } = fresh();
    const faults = faultsFromUrl('?faults=rateLimit');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await answerRequest(w, { url: HISTORY }, faults, stats)).status);
    expect(statuses).toEqual([429, 429, 200]);
    expect((await answerRequest(w, { url: HISTORY }, faultsFromUrl('?faults=rateLimit'), { log: [], rateLimitedInARow: 0 })).headers['retry-after']).toBe('1');
  });

  it('answers 500 under the server-error fault and 404 for an unknown user', async () => {
    const { w, stats } = fresh();
    expect((await answerRequest(w, { url: HISTORY }, faultsFromUrl('?faults=serverError'), stats)).status).toBe(500);
    expect((await answerRequest(w, { url: '/api/v2/users/1/tickets/requested.json' }, faultsFromUrl(''), stats)).status).toBe(404);
  });

  it('drops the LTV fields under the no-LTV fault', async () => {
    const { w, stats } = fresh();
    const response = await answerRequest(w, { url: '/api/v2/users/105.json' }, faultsFromUrl('?faults=noLtv'), stats);
    expect(response.body).toMatchObject({ user: { user_fields: {} } });
  });

  it('adds user tags on PUT and takes off only the tags named on DELETE, as the Users API does', async () => {
    const { w, stats } = fresh();
    const url = '/api/v2/users/124/tags.json';
    const put = await answerRequest(w, { url, type: 'PUT', data: JSON.stringify({ tags: ['fairline_vip', 'fairline_vip', 'other'] }) }, faultsFromUrl(''), stats);
    expect(put.body).toEqual({ tags: ['fairline_vip', 'other'] });
    const removed = await answerRequest(w, { url, type: 'DELETE', data: JSON.stringify({ tags: ['fairline_vip'] }) }, faultsFromUrl(''), stats);
    expect(removed.body).toEqual({ tags: ['other'] });
    expect(w.users.get(124)?.tags).toEqual(['other']);
    expect(stats.log.map((r) => r.method)).toEqual(['PUT', 'DELETE']);
  });

  it('refuses a tag write whose body names no tags', async () => {
    const { w, stats } = fresh();
    const answer = await answerRequest(w, { url: '/api/v2/users/124/tags.json', type: 'PUT', data: '{"tag":"x"}' }, faultsFromUrl(''), stats);
    expect(answer.status).toBe(400);
    expect(w.users.get(124)?.tags).toEqual(['fairline_vip']);
  });
});
