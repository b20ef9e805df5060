import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Spool } from '../../../src/adapters/export/spool';
import type { PulledTicket } from '../../../src/adapters/export/records';

const ticket = (id: number): PulledTicket => ({ id, requesterId: 1, createdAt: '2026-01-01T00:00:00Z', tags: [] });
const read = async (spool: Spool) => {
  const ids: unknown[] = [];
  for await (const t of spool.read('tickets')) ids.push(t.id);
  return ids;
};

describe('the spool of a pull', () => {
  it('drops what was written after the last save when rewound to it, so a page is never kept twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairline-spool-'));
    const spool = new Spool(dir);
    spool.append('tickets', [ticket(1), ticket(2)]);
    const saved = spool.sizes();
    spool.append('tickets', [ticket(3)]);
    spool.append('users', [{ id: 1, tags: [], lifetimeValue: 5, orderCount: 1 }]);
    const reopened = new Spool(dir);
    reopened.rewind(saved);
    expect(await read(reopened)).toEqual([1, 2]);
    expect(reopened.sizes().users).toBe(0);
  });
});
