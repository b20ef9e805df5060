import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fault, FakeServer } from '../helpers/fakeApi';
import { fakeZendesk, zendeskTicket, zendeskUser, type ZendeskComment, type ZendeskData } from '../helpers/fakeZendesk';
import { FAIRLINE, ROOT } from './bin';
import { byId, pull, tempDir } from './pullHarness';

const TOKEN = 'test-token-9f8e7d';
const AUTH = `Basic ${Buffer.from(`lead@example.com/token:${TOKEN}`).toString('base64')}`;
const AGENT = 900;

let commentId = 1000;
const comment = (ticket: number, author: number, at: string, text: string): ZendeskComment => ({
  id: commentId++,
  ticket_id: ticket,
  author_id: author,
  body: text,
  html_body: `<div class="zd-comment"><p dir="auto">${text}</p></div>`,
  public: true,
  created_at: at,
});

/** Two customers, five tickets (one deleted, one created before the start), comments from customer and agent. */
function account(): ZendeskData {
  return {
    users: [zendeskUser(100, '1,200.50', 4), zendeskUser(200, null, null, { locale: 'ar' }), zendeskUser(AGENT, null, null, { role: 'agent', name: 'Agent' })],
    tickets: [
      zendeskTicket(1, 100, '2026-01-05T10:00:00Z', { updated_at: '2026-01-05T12:00:00Z' }),
      zendeskTicket(2, 100, '2026-02-01T10:00:00Z', { updated_at: '2026-02-01T12:00:00Z', tags: ['fairline_warning'] }),
      zendeskTicket(3, 100, '2026-03-01T10:00:00Z', { updated_at: '2026-03-02T09:00:00Z' }),
      zendeskTicket(4, 200, '2025-12-20T08:00:00Z', { updated_at: '2026-01-10T08:30:00Z' }),
      zendeskTicket(5, 200, '2026-01-20T08:00:00Z', { updated_at: '2026-01-21T08:00:00Z', status: 'deleted' }),
    ],
    comments: [
      comment(1, 100, '2026-01-05T10:00:00Z', 'Where is my order?'),
      comment(1, AGENT, '2026-01-05T12:00:00Z', 'It ships tomorrow.'),
      comment(2, 100, '2026-02-01T10:00:00Z', 'You idiots lost it again.'),
      comment(3, 100, '2026-03-01T10:00:00Z', 'My lawyer will contact you.'),
      comment(3, AGENT, '2026-03-02T09:00:00Z', 'Noted.'),
      comment(4, 200, '2025-12-20T08:00:00Z', 'أين طلبي؟'),
      comment(4, AGENT, '2026-01-10T08:00:00Z', 'Sent today.'),
      comment(4, 200, '2026-01-10T08:30:00Z', 'Thanks & bye'),
    ],
  };
}

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(fault?: (url: URL, n: number) => Fault | null, data = account()) {
  server = await fakeZendesk(data, { ticketPageSize: 2, eventPageSize: 3, commentPageSize: 1, authorization: AUTH, ...(fault ? { fault } : {}) });
  return { ZENDESK_API_URL: server.url, ZENDESK_EMAIL: 'lead@example.com', ZENDESK_API_TOKEN: TOKEN };
}

const ARGS = ['zendesk', '--since', '2026-01-01'];
const ticketPages = (s: FakeServer) => s.requests.filter((r) => r.includes('/incremental/tickets/'));

describe('fairline pull zendesk', () => {
  it('writes one valid ticket context per ticket, with comments, requester values and history', async () => {
    const { code, contexts, stderr } = await pull(ARGS, await start());
    expect(code).toBe(0);
    expect(contexts.map((c) => c.id).sort()).toEqual(['1', '2', '3', '4']);
    const got = byId(contexts);
    const third = got.get('3')!;
    expect(third.customer).toMatchObject({ id: 100, lifetimeValue: 1200.5, orderCount: 4, email: 'customer100@example.com' });
    expect(third.ticket.comments).toEqual([
      { author: 'customer', body: 'My lawyer will contact you.', createdAt: '2026-03-01T10:00:00Z', public: true },
      { author: 'agent', body: 'Noted.', createdAt: '2026-03-02T09:00:00Z', public: true },
    ]);
    expect(third.history.map((h) => h.id)).toEqual([1, 2]);
    expect(third.history[1]).toMatchObject({ tags: ['fairline_warning'], description: 'First message of ticket 2' });
    expect(third.now).toBe('2026-03-02T09:00:00.000Z');
    expect(got.get('1')!.history).toEqual([]);
    expect(got.get('4')!.customer).toMatchObject({ lifetimeValue: null, orderCount: null, locale: 'ar' });
    expect(stderr).toMatch(/Pulled 4 ticket contexts from Zendesk/);
  });

  it('reads a ticket created before the start through its own comments, each comment once', async () => {
    const env = await start();
    const { contexts } = await pull(ARGS, env);
    const fourth = byId(contexts).get('4')!;
    expect(fourth.ticket.comments.map((c) => [c.author, c.body])).toEqual([
      ['customer', 'أين طلبي؟'],
      ['agent', 'Sent today.'],
      ['customer', 'Thanks & bye'],
    ]);
    expect(server!.requests.filter((r) => r.startsWith('GET /api/v2/tickets/')).every((r) => r.includes('/tickets/4/'))).toBe(true);
    expect(server!.requests.some((r) => r.includes('include=comment_events'))).toBe(true);
    expect(server!.requests.some((r) => r.includes('/incremental/tickets/cursor.json?start_time=1767225600&include=users'))).toBe(true);
  });

  it('waits as long as Retry-After says on a 429, then goes on', async () => {
    const { code, contexts, waits } = await pull(ARGS, await start((_url, n) => (n === 2 ? { status: 429, headers: { 'retry-after': '37' } } : null)));
    expect(code).toBe(0);
    expect(contexts).toHaveLength(4);
    expect(waits).toContain(37_000);
  });

  it('backs off exponentially on a 429 without Retry-After', async () => {
    const env = await start((_url, n) => (n === 2 || n === 3 || n === 4 ? { status: 429 } : null));
    const { code, contexts, waits } = await pull([...ARGS, '--per-minute', '100000'], env);
    expect(code).toBe(0);
    expect(contexts).toHaveLength(4);
    const backoff = waits.filter((w) => w >= 1000);
    expect(backoff.slice(0, 3)).toEqual([2000, 4000, 8000]);
  });

  it('keeps to ten export requests a minute unless told otherwise', async () => {
    const { waits } = await pull(ARGS, await start());
    const exportRequests = server!.requests.filter((r) => r.includes('/incremental/')).length;
    expect(waits.filter((w) => w === 6000)).toHaveLength(exportRequests - 1);
    const faster = await pull([...ARGS, '--per-minute', '30'], await start());
    expect(faster.waits).toContain(2000);
  });

  it('retries a 5xx a bounded number of times, then stops with a plain message and exit 1', async () => {
    const once = await pull(ARGS, await start((_url, n) => (n === 3 ? { status: 503 } : null)));
    expect(once.code).toBe(0);
    expect(once.contexts).toHaveLength(4);
    await server!.close();
    const always = await pull(ARGS, await start((url) => (url.pathname.includes('ticket_events') ? { status: 502 } : null)));
    expect(always.code).toBe(1);
    expect(always.stdout).toBe('');
    expect(always.stderr).toMatch(/The pull from Zendesk stopped: Zendesk answered with HTTP 502 6 times in a row\. Give --state FILE/);
    expect(always.stderr).not.toMatch(/\n\s+at /);
  });

  it('resumes from the state file after failing hard past page 2, and writes every ticket exactly once', async () => {
    const dir = tempDir();
    const state = join(dir, 'pull.state');
    const out = join(dir, 'contexts.jsonl');
    let broken = true;
    const env = await start((url) => (broken && url.pathname.includes('/incremental/tickets/') && url.searchParams.get('cursor') === Buffer.from('4').toString('base64url') ? { status: 500 } : null));
    const first = await pull([...ARGS, '--state', state, '--out', out], env);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(`Run the same command again to resume from ${state}.`);
    expect(ticketPages(server!).filter((r) => !r.includes('cursor=NA')).length).toBe(2);
    broken = false;
    const before = server!.requests.length;
    const second = await pull([...ARGS, '--state', state, '--out', out], env);
    expect(second.code).toBe(0);
    expect(server!.requests[before]).toMatch(/cursor=NA&include=users/);
    const ids = readFileSync(out, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids.sort()).toEqual(['1', '2', '3', '4']);
  });

  it('resumes after the process is killed mid-way, with every ticket exactly once', async () => {
    const dir = tempDir();
    const state = join(dir, 'pull.state');
    const out = join(dir, 'contexts.jsonl');
    let hang = true;
    const env = await start((url) => (hang && url.searchParams.get('cursor') === Buffer.from('4').toString('base64url') ? { status: 0, hang: true } : null));
    const child = spawn(process.execPath, [FAIRLINE, 'pull', ...ARGS, '--state', state, '--out', out, '--per-minute', '100000'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
    await vi.waitFor(() => expect(ticketPages(server!).length).toBe(3), { timeout: 10_000, interval: 50 });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    hang = false;
    const resumed = await pull([...ARGS, '--state', state, '--out', out], env);
    expect(resumed.code).toBe(0);
    const ids = readFileSync(out, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids.sort()).toEqual(['1', '2', '3', '4']);
  });

  it('names each malformed record on one line with its id and goes on with the rest', async () => {
    const data = account();
    data.tickets.push(zendeskTicket(6, 100, '2026-01-06T00:00:00Z', { created_at: undefined as unknown as string, updated_at: '2026-01-06T00:00:00Z' }));
    data.users[0] = { ...zendeskUser(100, 50, 1), email: 42 };
    data.comments.push({ ...comment(1, 100, '2026-01-05T11:00:00Z', 'x'), author_id: 'me' as unknown as number });
    const { code, contexts, stderr } = await pull(ARGS, await start(undefined, data));
    expect(code).toBe(0);
    expect(contexts.map((c) => c.id).sort()).toEqual(['1', '2', '3', '4']);
    expect(stderr).toMatch(/^Zendesk ticket 6 skipped: "created_at" is missing\.$/m);
    expect(stderr).toMatch(/^Zendesk user 100 skipped: "email" /m);
    expect(stderr).toMatch(/^Zendesk comment of ticket 1 \d+ skipped: "author_id" /m);
    expect(byId(contexts).get('1')!.customer.lifetimeValue).toBeNull();
  });

  it('writes a ticket deleted since the export listed it with the comments it has, and goes on', async () => {
    const { code, contexts, stderr } = await pull(ARGS, await start((url) => (url.pathname === '/api/v2/tickets/4/comments.json' ? { status: 404 } : null)));
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Zendesk ticket 4 is gone \(HTTP 404\)/m);
    expect(byId(contexts).get('4')!.ticket.comments.map((c) => c.body)).toEqual(['Sent today.', 'Thanks & bye']);
  });

  it('refuses to start without credentials, in plain words, and never prints the token', async () => {
    const missing = await pull(ARGS, { ZENDESK_SUBDOMAIN: 'acme' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Set ZENDESK_EMAIL and ZENDESK_API_TOKEN/);
    const { stdout, stderr } = await pull(ARGS, await start());
    expect(stdout + stderr).not.toContain(TOKEN);
  });

  it('refuses a start date that is not a date, and a helpdesk it does not know', async () => {
    expect((await pull(['zendesk', '--since', 'last tuesday'], {})).stderr).toMatch(/^--since must be a date such as 2025-01-01/);
    expect((await pull(['freshdesk', '--since', '2026-01-01'], {})).code).toBe(2);
  });
});
