import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { join } from 'node:path';
import type { CompanionConfig } from './config';
import { loggerOptions } from './log';
import type { Mailbox } from './mailbox';
import { pageHeaders, pageWithToken } from './page';
import { apiRoutes } from './routes';
import { valueRoutes } from './valueRoutes';
import type { ValueAnswer } from '../shared/companionWire';
import { scopeFromBody, scopeFromQuery } from './scope';
import { createSessionKeys, type SessionScope } from './session';
import { verifiedQuery, verifyBody } from './signature';

export interface CompanionDeps {
  config: CompanionConfig;
  mailbox: Mailbox;
  /** The Help Scout build of the app: index.html and assets/. */
  appDir: string;
  now?: () => number;
  /** The Shopify read for /api/value/shopify; none when the server has no shop. */
  shopify?: ((email: string) => Promise<ValueAnswer | null>) | null;
  /** Where the request log goes (none when absent); queries are redacted (log.ts). */
  logStream?: NodeJS.WritableStream | undefined;
}

/** The companion server: the signed app page, its assets, and a narrow proxy to the Mailbox API. */
export async function buildCompanion({ config, mailbox, appDir, now = Date.now, logStream, shopify = null }: CompanionDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: logStream ? loggerOptions(logStream) : false, bodyLimit: 256 * 1024 });
  const sessions = createSessionKeys(config.sessionTtlMs);
  const headers = pageHeaders(config.frameAncestors);

  // Every answer is read only as what it says it is; API answers hold conversations and customers, never to be cached.
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  async function page(reply: FastifyReply, scope: SessionScope) {
    const html = await pageWithToken(appDir, sessions.issue(scope, now()));
    if (html === null) return reply.code(500).type('text/plain').send('The Help Scout build of the app is missing: run `npm run build:helpscout`.');
    return reply.headers(headers).send(html);
  }

  // The callback URL: Help Scout signs the iframe's query string, which names the conversation, customer and mailbox.
  app.get('/', async (request, reply) => {
    const search = new URL(request.url, 'http://companion.invalid').searchParams;
    const signed = verifiedQuery(search, config.signatureSecret);
    if (signed === null) return reply.code(401).type('text/plain').send('This page only opens inside Help Scout: the request signature is missing or wrong, or a parameter is repeated.');
    return page(reply, scopeFromQuery(signed));
  });

  // Signed in the X-HelpScout-Signature header over the raw body, as Help Scout's POST callbacks are.
  await app.register(async (signed) => {
    signed.removeAllContentTypeParsers();
    signed.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    signed.post('/', async (request, reply) => {
      const header = request.headers['x-helpscout-signature'];
      const body = typeof request.body === 'string' ? request.body : '';
      if (!verifyBody(body, typeof header === 'string' ? header : undefined, config.signatureSecret)) {
        return reply.code(401).type('text/plain').send('The request signature is missing or wrong.');
      }
      return page(reply, scopeFromBody(body));
    });
  });

  await app.register(fastifyStatic, { root: join(appDir, 'assets'), prefix: '/assets/', index: false, cacheControl: true, maxAge: '1h' });
  // Its own plugin: Zendesk's signed JWT, not a Help Scout session, admits these calls.
  await app.register(valueRoutes({ config, shopify, now }));
  await app.register(apiRoutes({ config, mailbox, sessions, now }));
  return app;
}
