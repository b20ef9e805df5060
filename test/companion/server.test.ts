import { sign } from '../../src/companion/signature';
import { LOAD_5005, NOW, SECRET, signedQuery, startWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

describe('the companion server’s app page', () => {
  it('refuses the page when the Help Scout signature is missing', async () => {
    world = await startWorld();
    const response = await fetch(`${world.url}/?conversationId=5001`);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('fairline-session');
  });

  it('refuses the page when the signature was made with another secret', async () => {
    world = await startWorld();
    expect((await fetch(`${world.url}/?${signedQuery({ conversationId: '5001' }, 'not-the-secret')}`)).status).toBe(401);
  });

  it('refuses the page when a signed parameter was changed afterwards', async () => {
    world = await startWorld();
    const tampered = signedQuery({ conversationId: '5001' }).replace('5001', '5002');
    expect((await fetch(`${world.url}/?${tampered}`)).status).toBe(401);
  });

  it('serves the page with a session token, no caching, no referrer and Help Scout as the only framing origin, when the query is signed', async () => {
    world = await startWorld();
    const response = await fetch(`${world.url}/?${signedQuery({ conversationId: '5001', mailboxId: '7001' })}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toMatch(/; frame-ancestors https:\/\/secure\.helpscout\.net$/);
    expect(await response.text()).toMatch(/name="fairline-session" content="[\w-]+\.[\w-]+"/);
  });

  it('accepts a signature computed over PHP-style JSON, as Help Scout’s own example computes it', async () => {
    world = await startWorld();
    const params = { url: 'https://secure.helpscout.net/conversation/1', name: 'Zoë' };
    const php = JSON.stringify(params).replace(/\//g, '\\/').replace('ë', '\\u00eb');
    const query = new URLSearchParams({ ...params, 'X-HelpScout-Signature': sign(php, SECRET) });
    expect((await fetch(`${world.url}/?${query}`)).status).toBe(200);
  });

  it('accepts a POST signed in the X-HelpScout-Signature header over the raw body, and refuses a wrong one', async () => {
    world = await startWorld();
    const body = JSON.stringify({ ticket: { id: 5001 } });
    const post = (signature: string) => fetch(`${world.url}/`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-helpscout-signature': signature } });
    expect((await post(sign(body, SECRET))).status).toBe(200);
    expect((await post(sign(`${body} `, SECRET))).status).toBe(401);
  });

  it('serves the app’s assets without a signature, since they hold no data', async () => {
    world = await startWorld();
    expect((await fetch(`${world.url}/assets/app.js`)).status).toBe(200);
  });
});

describe('the companion server’s API', () => {
  it('refuses calls without a session token, with a forged one, and with an expired one', async () => {
    world = await startWorld({ FAIRLINE_SESSION_TTL_SECONDS: '600' });
    expect((await fetch(`${world.url}/api/config`)).status).toBe(401);
    expect((await world.api('/api/config', { token: 'e30.forged' })).status).toBe(401);
    const token = await world.token();
    world.clock.now = NOW + 601_000;
    expect((await world.api('/api/config', { token })).status).toBe(401);
    expect(world.fake.log).toEqual([]);
  });

  it('fetches one OAuth token and reuses it for every call', async () => {
    world = await startWorld();
    const token = await world.token();
    await world.api('/api/conversations/5001/threads', { token });
    await world.api('/api/customers/101/conversations?exclude=5001', { token });
    expect(world.fake.tokensIssued).toBe(1);
    expect(world.fake.log.filter((l) => l.startsWith('POST /v2/oauth2/token'))).toHaveLength(1);
  });

  it('fetches a new OAuth token once the cached one has expired', async () => {
    world = await startWorld({ FAIRLINE_SESSION_TTL_SECONDS: '86400' }, { tokenSeconds: 7200 });
    const token = await world.token();
    await world.api('/api/conversations/5001/threads', { token });
    world.clock.now = NOW + 7200_000;
    await world.api('/api/conversations/5001/threads', { token });
    expect(world.fake.tokensIssued).toBe(2);
  });

  it('fetches a new OAuth token and retries once when Help Scout answers 401', async () => {
    world = await startWorld();
    const token = await world.token();
    await world.api('/api/conversations/5001/threads', { token });
    world.fake.revokeTokens();
    const response = await world.api('/api/conversations/5001/threads', { token });
    expect(response.status).toBe(200);
    expect(world.fake.tokensIssued).toBe(2);
  });

  it('walks every page of a conversation’s threads', async () => {
    world = await startWorld({}, { threadPageSize: 1 });
    const body = (await (await world.api('/api/conversations/5001/threads')).json()) as { threads: { id: number; type: string }[]; truncated: boolean };
    expect(body.threads.map((t) => t.type)).toEqual(['customer', 'message', 'customer']);
    expect(body.truncated).toBe(false);
    expect(world.fake.log.filter((l) => l.includes('/threads'))).toHaveLength(3);
  });

  it('returns the customer’s earlier conversations of the last 365 days without the open one', async () => {
    world = await startWorld({}, { conversationPageSize: 2 });
    const token = await world.token(LOAD_5005);
    const body = (await (await world.api('/api/customers/105/conversations?exclude=5005', { token })).json()) as { conversations: { id: number }[]; truncated: boolean };
    expect(body.conversations.map((c) => c.id)).toEqual([4010, 4011, 4012, 4013, 4014]);
    expect(body.truncated).toBe(false);
  });

  it('stops at the page cap and says the history is truncated', async () => {
    world = await startWorld({}, { conversationPageSize: 1 });
    const token = await world.token(LOAD_5005);
    const body = (await (await world.api('/api/customers/105/conversations?exclude=5005', { token })).json()) as { conversations: unknown[]; truncated: boolean };
    expect(body.truncated).toBe(true);
    expect(world.fake.log.filter((l) => l.startsWith('GET /v2/conversations?'))).toHaveLength(5);
  });

  it('waits as long as X-RateLimit-Retry-After asks on 429, then succeeds', async () => {
    world = await startWorld({}, { rateLimitNext: 2, retryAfterSeconds: 3 });
    const response = await world.api('/api/conversations/5001/threads');
    expect(response.status).toBe(200);
    expect(world.sleeps).toEqual([3000, 3000]);
  });

  it('answers 429 with Retry-After when Help Scout keeps rate limiting past the retries', async () => {
    world = await startWorld({}, { rateLimitNext: 10, retryAfterSeconds: 4 });
    const response = await world.api('/api/conversations/5001/threads');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('4');
    expect(world.sleeps).toHaveLength(3);
  });

  it('answers 400 for an id that is not a number, without calling Help Scout', async () => {
    world = await startWorld();
    expect((await world.api('/api/conversations/..%2Fmailboxes/threads')).status).toBe(400);
    expect(world.fake.log.filter((l) => !l.includes('oauth2'))).toEqual([]);
  });
});

describe('the companion server’s writes', () => {
  it('refuses drafts and tags while writing is switched off, which is the default', async () => {
    world = await startWorld();
    const config = await (await world.api('/api/config')).json();
    expect(config).toMatchObject({ writeDrafts: false });
    expect((await world.api('/api/conversations/5001/drafts', { method: 'POST', body: JSON.stringify({ text: 'Hi' }) })).status).toBe(403);
    expect(world.fake.replies).toEqual([]);
  });

  it('saves the reply as a draft to the conversation’s customer, never as a sent reply', async () => {
    world = await startWorld({ FAIRLINE_WRITE_DRAFTS: 'on' });
    const response = await world.api('/api/conversations/5001/drafts', { method: 'POST', body: JSON.stringify({ text: 'Hi Marcus,\n\nSorry <3' }) });
    expect(response.status).toBe(201);
    expect(world.fake.replies).toEqual([{ conversationId: 5001, body: { customer: { id: 101 }, text: '<p>Hi Marcus,</p><p>Sorry &#60;3</p>', draft: true } }]);
  });

  it('adds tags to the ones already on the conversation, since Help Scout replaces the whole list', async () => {
    world = await startWorld({ FAIRLINE_WRITE_DRAFTS: 'on' });
    const response = await world.api('/api/conversations/5001/tags', { method: 'POST', body: JSON.stringify({ tags: ['fairline_legal_threat', 'returns'] }) });
    expect(await response.json()).toEqual({ tags: ['returns', 'fairline_legal_threat'] });
    expect(world.fake.log).toContain('PUT /v2/conversations/5001/tags');
  });
});

describe('the companion server’s request log', () => {
  it('keeps the path of a signed page load but never its query, which carries the signature', async () => {
    const { PassThrough } = await import('node:stream');
    const log = new PassThrough();
    const lines: string[] = [];
    log.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    world = await startWorld({}, {}, undefined, log);
    const query = signedQuery({ 'conversation-id': '5001', 'customer-id': '101' });
    expect((await fetch(`${world.url}/?${query}`)).status).toBe(200);
    // The logger writes on its own schedule: wait for the request's line before reading the log.
    for (let waited = 0; !lines.join('').includes('"url"') && waited < 2_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    const text = lines.join('');
    expect(text).toContain('"url":"/?[redacted]"');
    expect(text).not.toContain(new URLSearchParams(query).get('X-HelpScout-Signature')!);
    expect(text).not.toContain('5001');
  });
});

describe('the companion server’s headers on every kind of answer', () => {
  it('sends nosniff on refusals, assets and API answers, and no-store on API answers', async () => {
    world = await startWorld();
    const refused = await fetch(`${world.url}/?conversationId=5001`);
    const asset = await fetch(`${world.url}/assets/app.js`);
    const api = await world.api('/api/conversations/5001/threads');
    for (const response of [refused, asset, api]) expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.status).toBe(200);
    expect(api.headers.get('cache-control')).toBe('no-store');
  });
});
