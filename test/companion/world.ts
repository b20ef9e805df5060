import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { mailboxApi } from '../../src/companion/api';
import { buildCompanion } from '../../src/companion/app';
import { readConfig, type CompanionConfig } from '../../src/companion/config';
import { mailbox } from '../../src/companion/mailbox';
import { clientCredentials } from '../../src/companion/oauth';
import { sign } from '../../src/companion/signature';
import { createWorkspace } from '../../src/workspace/model';
import { startFakeMailbox, type FakeMailbox, type FakeMailboxOptions } from '../../src/workspace/helpscout/mailboxServer';

export const NOW = Date.parse('2026-11-01T12:00:00Z');
export const SECRET = 'sidebar-secret-key';

/** A built app stand-in: the page with its session slot, and one asset. */
function appDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fairline-hs-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><head><meta name="fairline-session" content=""></head><body>app</body>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app")');
  return dir;
}

export interface World {
  fake: FakeMailbox;
  app: FastifyInstance;
  url: string;
  clock: { now: number };
  sleeps: number[];
  /** The page's session token, as a signed load for these query parameters would get it (conversation 5001 by default). */
  token(params?: Record<string, string>): Promise<string>;
  api(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** What Help Scout's signed query names when an agent opens conversation 5001 (customer 101) or 5005 (customer 105). */
export const LOAD_5001 = { 'conversation-id': '5001', 'customer-id': '101', 'mailbox-id': '7001' };
export const LOAD_5005 = { 'conversation-id': '5005', 'customer-id': '105', 'mailbox-id': '7001' };

export const signedQuery = (params: Record<string, string>, secret = SECRET) =>
  new URLSearchParams({ ...params, 'X-HelpScout-Signature': sign(JSON.stringify(params), secret) }).toString();

/** The companion server and a fake Mailbox API, both on loopback, answering from the demo workspace; `dir` is the app build it serves, `logStream` gets its request log. */
export async function startWorld(env: Record<string, string> = {}, fakeOptions: Partial<FakeMailboxOptions> = {}, dir: string = appDir(), logStream?: NodeJS.WritableStream): Promise<World> {
  const fake = await startFakeMailbox(createWorkspace(NOW), fakeOptions);
  const result = readConfig({ HELPSCOUT_APP_ID: 'app-id', HELPSCOUT_APP_SECRET: 'app-secret', HELPSCOUT_SIGNATURE_SECRET: SECRET, HELPSCOUT_API_URL: fake.url, ...env });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const config: CompanionConfig = result.config;
  const clock = { now: NOW };
  const sleeps: number[] = [];
  const tokens = clientCredentials({ tokenUrl: `${config.apiUrl}/v2/oauth2/token`, appId: config.appId, appSecret: config.appSecret, now: () => clock.now });
  const call = mailboxApi(config.apiUrl, tokens, { retries: 3, maxWaitMs: 30_000, sleep: async (ms) => void sleeps.push(ms) });
  const app = await buildCompanion({ config, mailbox: mailbox(call, () => clock.now), appDir: dir, now: () => clock.now, logStream });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const world: World = {
    fake,
    app,
    url,
    clock,
    sleeps,
    async token(params = LOAD_5001) {
      const html = await (await fetch(`${url}/?${signedQuery(params)}`)).text();
      const token = /name="fairline-session" content="([^"]+)"/.exec(html)?.[1];
      if (!token) throw new Error('The page carried no session token');
      return token;
    },
    async api(path, init = {}) {
      const { token = await world.token(), ...rest } = init;
      const headers = { authorization: `Bearer ${token}`, ...(rest.body ? { 'content-type': 'application/json' } : {}) };
      return fetch(`${url}${path}`, { ...rest, headers });
    },
    async close() {
      // A test that leaves a response unread keeps its connection open; closing must not wait for it.
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      await fake.close();
    },
  };
  return world;
}
