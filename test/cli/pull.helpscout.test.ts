import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fault, FakeServer } from '../helpers/fakeApi';
import { fakeMailbox, mailboxConversation, mailboxCustomer, mailboxThread, type MailboxData } from '../helpers/fakeMailbox';
import { byId, pull, tempDir } from './pullHarness';

const SECRET = 'hs-secret-5a4b3c';

function mailbox(): MailboxData {
  return {
    customers: [mailboxCustomer(10, '2,500.00', '12'), mailboxCustomer(20, null, null)],
    conversations: [
      mailboxConversation(1, 10, '2026-01-03T09:00:00Z', [
        mailboxThread(12, 'user', '<p>We are on it.</p>', '2026-01-03T10:00:00Z'),
        mailboxThread(11, 'customer', '<p>Where is my <b>order</b>?</p>', '2026-01-03T09:00:00Z'),
      ]),
      mailboxConversation(2, 10, '2026-02-03T09:00:00Z', [
        mailboxThread(22, 'user', 'internal', '2026-02-03T09:30:00Z', { type: 'note' }),
        mailboxThread(23, 'user', 'draft', '2026-02-03T09:40:00Z', { state: 'draft' }),
        mailboxThread(21, 'customer', 'I will dispute the charge with my bank.', '2026-02-03T09:00:00Z'),
      ], { userUpdatedAt: '2026-02-04T09:00:00Z' }),
      mailboxConversation(3, 20, '2026-03-03T09:00:00Z', [mailboxThread(31, 'customer', 'شكرا', '2026-03-03T09:00:00Z')]),
      mailboxConversation(4, 20, '2025-11-03T09:00:00Z', [mailboxThread(41, 'customer', 'old', '2025-11-03T09:00:00Z')]),
    ],
  };
}

let server: (FakeServer & { tokensIssued: () => number }) | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(fault?: (url: URL, n: number) => Fault | null, data = mailbox()) {
  server = await fakeMailbox(data, { pageSize: 1, ...(fault ? { fault } : {}) });
  return { HELPSCOUT_API_URL: server.url, HELPSCOUT_APP_ID: 'app-id', HELPSCOUT_APP_SECRET: SECRET };
}

const ARGS = ['helpscout', '--since', '2026-01-01'];

describe('fairline pull helpscout', () => {
  it('writes one valid context per conversation modified since the start, threads oldest first, customer values and history', async () => {
    const { code, contexts, stdout, stderr } = await pull(ARGS, await start());
    expect(code).toBe(0);
    expect(contexts.map((c) => c.id)).toEqual(['1', '2', '3']);
    const got = byId(contexts);
    expect(got.get('1')!.ticket.comments).toEqual([
      { author: 'customer', body: 'Where is my order?', createdAt: '2026-01-03T09:00:00Z', public: true },
      { author: 'agent', body: 'We are on it.', createdAt: '2026-01-03T10:00:00Z', public: true },
    ]);
    const second = got.get('2')!;
    expect(second.ticket.comments.map((c) => [c.author, c.public])).toEqual([['customer', true], ['agent', false]]);
    expect(second.customer).toMatchObject({ id: 10, lifetimeValue: 2500, orderCount: 12, name: 'Customer 10', email: 'c10@example.com' });
    expect(second.history.map((h) => h.id)).toEqual([1]);
    expect(second.ticket.tags).toEqual(['vip-check']);
    expect(second.now).toBe('2026-02-04T09:00:00.000Z');
    expect(got.get('3')!.customer).toMatchObject({ lifetimeValue: null, orderCount: null });
    expect(server!.requests).toContain('GET /v2/conversations?embed=threads&status=all&modifiedSince=2026-01-01T00%3A00%3A00Z&sortField=modifiedAt&sortOrder=asc&page=3');
    expect(stdout + stderr).not.toContain(SECRET);
  });

  it('waits out a 429 (Retry-After, then Help Scout\'s own header, then none) and a 503, then goes on', async () => {
    const faults: Record<number, Fault> = {
      3: { status: 429, headers: { 'retry-after': '12' } },
      5: { status: 429, headers: { 'x-ratelimit-retry-after': '9' } },
      7: { status: 429 },
      9: { status: 503 },
    };
    const { code, contexts, waits } = await pull([...ARGS, '--per-minute', '100000'], await start((_url, n) => faults[n] ?? null));
    expect(code).toBe(0);
    expect(contexts).toHaveLength(3);
    expect(waits.filter((w) => w >= 1000)).toEqual([12_000, 9_000, 2_000, 2_000]);
  });

  it('fetches a new token once when Help Scout refuses the one it has', async () => {
    let refused = false;
    const { code, contexts } = await pull(ARGS, await start((url) => (!refused && url.pathname === '/v2/customers/10' ? ((refused = true), { status: 401 }) : null)));
    expect(code).toBe(0);
    expect(contexts).toHaveLength(3);
    expect(server!.tokensIssued()).toBe(2);
  });

  it('resumes from the state file after failing hard past page 2, with every conversation exactly once', async () => {
    const dir = tempDir();
    const state = join(dir, 'hs.state');
    const out = join(dir, 'contexts.jsonl');
    let broken = true;
    const env = await start((url) => (broken && url.searchParams.get('page') === '3' ? { status: 500 } : null));
    const first = await pull([...ARGS, '--state', state, '--out', out], env);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/The pull from Help Scout stopped: Help Scout answered with HTTP 500 6 times in a row\. Run the same command again/);
    broken = false;
    const before = server!.requests.length;
    const second = await pull([...ARGS, '--state', state, '--out', out], env);
    expect(second.code).toBe(0);
    expect(server!.requests.slice(before).find((r) => r.startsWith('GET /v2/conversations'))).toMatch(/page=3$/);
    const ids = readFileSync(out, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['1', '2', '3']);
  });

  it('names a malformed conversation, thread or customer, and a customer that is gone, on its own line and goes on', async () => {
    const data = mailbox();
    data.conversations.push({ ...mailboxConversation(5, 10, '2026-01-09T00:00:00Z', []), createdAt: 'yesterday' });
    (data.conversations[0] as { _embedded: { threads: unknown[] } })._embedded.threads.push({ id: 13, type: 7 });
    data.customers[1] = { id: 20, firstName: 5 };
    data.conversations.push(mailboxConversation(6, 30, '2026-01-10T00:00:00Z', [mailboxThread(61, 'customer', 'Hello', '2026-01-10T00:00:00Z')]));
    const { code, contexts, stderr } = await pull(ARGS, await start(undefined, data));
    expect(code).toBe(0);
    expect(contexts.map((c) => c.id).sort()).toEqual(['1', '2', '3', '6']);
    expect(stderr).toMatch(/^Help Scout customer 30 is gone \(HTTP 404\)/m);
    expect(stderr).toMatch(/^Help Scout conversation 5 skipped: "createdAt" is not a date\.$/m);
    expect(stderr).toMatch(/^Help Scout thread of conversation 1 13 skipped: "type" /m);
    expect(stderr).toMatch(/^Help Scout customer 20 skipped: "firstName" /m);
  });

  it('refuses to start without the OAuth app\'s credentials, in plain words', async () => {
    const { code, stderr, stdout } = await pull(ARGS, {});
    expect(code).toBe(2);
    expect(stderr).toMatch(/HELPSCOUT_APP_ID is not set/);
    expect(stderr).toMatch(/HELPSCOUT_APP_SECRET is not set/);
    expect(stdout).toBe('');
  });
});
