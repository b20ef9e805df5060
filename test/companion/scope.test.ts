import { scopeFromBody, scopeFromQuery } from '../../src/companion/scope';
import { sign } from '../../src/companion/signature';
import { LOAD_5001, NOW, SECRET, signedQuery, startWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

const apiCalls = (w: World) => w.fake.log.filter((line) => !line.includes('oauth2'));
const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error;

describe('a session token, bound to the conversation and customer of its signed page load', () => {
  it('reads its own conversation’s threads and its own customer’s history', async () => {
    world = await startWorld();
    const token = await world.token(LOAD_5001);
    expect((await world.api('/api/conversations/5001/threads', { token })).status).toBe(200);
    expect((await world.api('/api/customers/101/conversations?exclude=5001', { token })).status).toBe(200);
  });

  it('cannot read another conversation’s threads, and says why in plain words', async () => {
    world = await startWorld();
    const token = await world.token(LOAD_5001);
    const response = await world.api('/api/conversations/5002/threads', { token });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toBe('This session was opened for conversation 5001 and cannot read or change conversation 5002: reopen that conversation to reload the app.');
    expect(apiCalls(world)).toEqual([]);
  });

  it('cannot save a draft or add tags on another conversation, even with writing switched on', async () => {
    world = await startWorld({ FAIRLINE_WRITE_DRAFTS: 'on' });
    const token = await world.token(LOAD_5001);
    const draft = await world.api('/api/conversations/5002/drafts', { token, method: 'POST', body: JSON.stringify({ text: 'Hi' }) });
    const tags = await world.api('/api/conversations/5002/tags', { token, method: 'POST', body: JSON.stringify({ tags: ['x'] }) });
    expect([draft.status, tags.status]).toEqual([403, 403]);
    expect(world.fake.replies).toEqual([]);
    expect(apiCalls(world)).toEqual([]);
  });

  it('cannot read another customer’s conversations', async () => {
    world = await startWorld();
    const token = await world.token(LOAD_5001);
    const response = await world.api('/api/customers/102/conversations', { token });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatch(/^This session was opened for customer 101 and cannot read the conversations of customer 102/);
    expect(apiCalls(world)).toEqual([]);
  });

  it('allows only the conversation’s primary customer, read from Help Scout, when the signed load named no customer', async () => {
    world = await startWorld();
    const token = await world.token({ 'conversation-id': '5001' });
    expect((await world.api('/api/customers/101/conversations', { token })).status).toBe(200);
    expect((await world.api('/api/customers/105/conversations', { token })).status).toBe(403);
  });

  it('reads the settings but no conversation or customer when the signed load named none', async () => {
    world = await startWorld();
    const token = await world.token({ 'mailbox-id': '7001' });
    expect((await world.api('/api/config', { token })).status).toBe(200);
    expect((await world.api('/api/conversations/5001/threads', { token })).status).toBe(403);
    expect((await world.api('/api/customers/101/conversations', { token })).status).toBe(403);
  });

  it('binds a legacy signed POST to the ticket, customer and mailbox in its body', async () => {
    world = await startWorld();
    const body = JSON.stringify({ ticket: { id: 5001, number: 1001 }, customer: { id: 101 }, mailbox: { id: 7001 } });
    const html = await (await fetch(`${world.url}/`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-helpscout-signature': sign(body, SECRET) } })).text();
    const token = /name="fairline-session" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect((await world.api('/api/conversations/5001/threads', { token })).status).toBe(200);
    expect((await world.api('/api/conversations/5002/threads', { token })).status).toBe(403);
  });

  it('is refused once it has expired', async () => {
    world = await startWorld({ FAIRLINE_SESSION_TTL_SECONDS: '300' });
    const token = await world.token(LOAD_5001);
    world.clock.now = NOW + 300_000;
    const response = await world.api('/api/conversations/5001/threads', { token });
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toBe('The session has expired: reopen the conversation to reload the app.');
  });

  it('is refused when its conversation was rewritten, since the server’s MAC no longer matches', async () => {
    world = await startWorld();
    const [body, mac] = (await world.token(LOAD_5001)).split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const rewritten = `${Buffer.from(JSON.stringify({ ...claims, c: '5002' })).toString('base64url')}.${mac}`;
    expect((await world.api('/api/conversations/5002/threads', { token: rewritten })).status).toBe(401);
  });

  it('is never issued when ids are put in front of a validly signed query, which would repeat them', async () => {
    world = await startWorld();
    const response = await fetch(`${world.url}/?conversation-id=999&customer-id=9990&${signedQuery(LOAD_5001)}`);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('fairline-session');
  });

  it('is never issued when a signed parameter comes twice, whichever copy is signed', async () => {
    world = await startWorld();
    for (const query of [`${signedQuery(LOAD_5001)}&conversation-id=999`, `mailbox-id=7001&${signedQuery(LOAD_5001)}`, `${signedQuery(LOAD_5001)}&X-HelpScout-Signature=x`]) {
      expect((await fetch(`${world.url}/?${query}`)).status).toBe(401);
    }
  });

  it('is never issued for a page load with a bad signature', async () => {
    world = await startWorld();
    const forged = signedQuery({ 'conversation-id': '5002', 'customer-id': '102' }, 'not-the-secret');
    const response = await fetch(`${world.url}/?${forged}`);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('fairline-session');
  });
});

describe('the scope of a signed page load', () => {
  it('reads Help Scout’s kebab-case query names and the camelCase ones', () => {
    expect(scopeFromQuery({ 'conversation-id': '12', 'customer-id': '34', 'mailbox-id': '56' })).toEqual({ conversationId: '12', customerId: '34', mailboxId: '56' });
    expect(scopeFromQuery({ conversationId: '12', customerId: '34' })).toEqual({ conversationId: '12', customerId: '34', mailboxId: null });
  });

  it('names no conversation when both spellings are signed with different ids', () => {
    expect(scopeFromQuery({ 'conversation-id': '12', conversationId: '99', 'customer-id': '34', customerId: '34' })).toEqual({ conversationId: null, customerId: '34', mailboxId: null });
  });

  it('treats an id that is not digits as absent, so it reaches nothing', () => {
    expect(scopeFromQuery({ 'conversation-id': '12/..', 'customer-id': '-1' })).toEqual({ conversationId: null, customerId: null, mailboxId: null });
    expect(scopeFromBody('{"ticket":false,"customer":{"id":"7e3"},"mailbox":{"id":7001}}')).toEqual({ conversationId: null, customerId: null, mailboxId: '7001' });
    expect(scopeFromBody('not json')).toEqual({ conversationId: null, customerId: null, mailboxId: null });
  });
});
