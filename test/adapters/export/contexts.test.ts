import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleContexts } from '../../../src/adapters/export/contexts';
import type { PulledTicket } from '../../../src/adapters/export/records';
import { Spool } from '../../../src/adapters/export/spool';
import type { TicketContext } from '../../../src/rules';

const ticket = (id: number, createdAt: string, more: Partial<PulledTicket> = {}): PulledTicket => ({ id, requesterId: 7, createdAt, updatedAt: createdAt, tags: [], comments: [], ...more });

async function assemble(tickets: PulledTicket[], options = { historyDays: 365, maxHistory: 500 }) {
  const spool = new Spool(mkdtempSync(join(tmpdir(), 'fairline-contexts-')));
  spool.append('tickets', tickets);
  const problems: string[] = [];
  const out: TicketContext[] = [];
  for await (const c of assembleContexts(spool, { ...options, onProblem: (m) => problems.push(m) })) out.push(c);
  return { byId: new Map(out.map((c) => [c.id, c])), out, problems };
}

describe('ticket contexts from a pull', () => {
  it('gives each ticket the requester\'s earlier tickets of the 365 days before it, never later ones', async () => {
    const { byId } = await assemble([ticket(1, '2024-01-01T00:00:00Z'), ticket(2, '2025-06-01T00:00:00Z'), ticket(3, '2025-09-01T00:00:00Z'), ticket(4, '2025-10-01T00:00:00Z')]);
    expect(byId.get('3')!.history.map((h) => h.id)).toEqual([2]);
    expect(byId.get('4')!.history.map((h) => h.id)).toEqual([2, 3]);
    expect(byId.get('1')!.history).toEqual([]);
  });

  it('keeps the newest earlier tickets when a requester has more than the cap', async () => {
    const { byId } = await assemble([1, 2, 3, 4].map((d) => ticket(d, `2026-01-0${d}T00:00:00Z`)), { historyDays: 365, maxHistory: 2 });
    expect(byId.get('4')!.history.map((h) => h.id)).toEqual([2, 3]);
  });

  it('writes a ticket pulled twice once, as last seen, in the place it was first pulled', async () => {
    const { out } = await assemble([ticket(1, '2026-01-01T00:00:00Z'), ticket(2, '2026-01-02T00:00:00Z'), ticket(1, '2026-01-01T00:00:00Z', { subject: 'changed' })]);
    expect(out.map((c) => [c.id, c.ticket.subject])).toEqual([['1', 'changed'], ['2', undefined]]);
  });

  it('names a ticket that makes no valid context and leaves it out', async () => {
    const { out, problems } = await assemble([ticket(1, '2026-01-01T00:00:00Z'), ticket(2, '2026-01-02T00:00:00Z', { comments: [{ author: 'robot' as 'agent', body: 'x' }] })]);
    expect(out.map((c) => c.id)).toEqual(['1']);
    expect(problems).toEqual(['Ticket 2 left out: "ticket.comments.0.author" must be "customer" or "agent".']);
  });
});
