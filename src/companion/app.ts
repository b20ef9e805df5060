import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { join } from 'node:path';
import type { CompanionConfig } from './config';
import { UpstreamError, UpstreamHttpError, UpstreamRateLimited } from './errors';
import type { Mailbox } from './mailbox';
import { pageWithToken } from './page';
import { createSessionKeys } from './session';
import { verifyBody, verifyQuery } from './signature';

export interface CompanionDeps {
  config: CompanionConfig;
  mailbox: Mailbox;
  /** The Help Scout build of the app: index.html and assets/. */
  appDir: string;
  now?: () => number;
  logger?: boolean;
}

const ID = '^[0-9]{1,15}$';
const TAG = '^[^,]{1,100}$';
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: ID } } } as const;

function upstreamFailure(reply: FastifyReply, error: unknown) {
  if (error instanceof UpstreamRateLimited) {
    return reply.code(429).header('retry-after', String(Math.ceil(error.retryAfterMs / 1000))).send({ error: error.message });
  }
  if (error instanceof UpstreamHttpError && error.status === 404) return reply.code(404).send({ error: 'Help Scout does not know that conversation or customer' });
  if (error instanceof UpstreamError) return reply.code(502).send({ error: error.message });
  throw error;
}

/** The companion server: the signed app page, its assets, and a narrow proxy to the Mailbox API. */
export async function buildCompanion({ config, mailbox, appDir, now = Date.now, logger = false }: CompanionDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 256 * 1024 });
  const sessions = createSessionKeys(config.sessionTtlMs);
  const pageHeaders = {
    'cache-control': 'no-store',
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `frame-ancestors ${config.frameAncestors.join(' ')}`,
    'x-content-type-options': 'nosniff',
  };

  async function page(reply: FastifyReply) {
    const html = await pageWithToken(appDir, sessions.issue(now()));
    if (html === null) return reply.code(500).type('text/plain').send('The Help Scout build of the app is missing: run `npm run build:helpscout`.');
    return reply.headers(pageHeaders).send(html);
  }

  // The callback URL: Help Scout signs the iframe's query string.
  app.get('/', async (request, reply) => {
    const search = new URL(request.url, 'http://companion.invalid').searchParams;
    if (!verifyQuery(search, config.signatureSecret)) return reply.code(401).type('text/plain').send('This page only opens inside Help Scout: the request signature is missing or wrong.');
    return page(reply);
  });

  // Signed in the X-HelpScout-Signature header over the raw body, as Help Scout's POST callbacks are.
  await app.register(async (signed) => {
    signed.removeAllContentTypeParsers();
    signed.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    signed.post('/', async (request, reply) => {
      const header = request.headers['x-helpscout-signature'];
      if (!verifyBody(typeof request.body === 'string' ? request.body : '', typeof header === 'string' ? header : undefined, config.signatureSecret)) {
        return reply.code(401).type('text/plain').send('The request signature is missing or wrong.');
      }
      return page(reply);
    });
  });

  await app.register(fastifyStatic, { root: join(appDir, 'assets'), prefix: '/assets/', index: false, cacheControl: true, maxAge: '1h' });

  await app.register(async (api) => {
    api.addHook('onRequest', async (request, reply) => {
      const auth = request.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
      if (!sessions.verify(token, now())) return reply.code(401).send({ error: 'The session has expired: reopen the conversation to reload the app.' });
    });
    api.setErrorHandler((error, _request, reply) => upstreamFailure(reply, error));

    api.get('/api/config', async () => ({ settings: config.settings, writeDrafts: config.writeDrafts }));

    api.get<{ Params: { id: string } }>('/api/conversations/:id/threads', { schema: { params: idParams } }, async (request) => {
      const { items, truncated } = await mailbox.threads(request.params.id);
      return { threads: items, truncated };
    });

    api.get<{ Params: { id: string }; Querystring: { exclude?: string } }>(
      '/api/customers/:id/conversations',
      { schema: { params: idParams, querystring: { type: 'object', properties: { exclude: { type: 'string', pattern: ID } } } } },
      async (request) => {
        const { items, truncated } = await mailbox.history(request.params.id, request.query.exclude);
        return { conversations: items, truncated };
      },
    );

    const writable = async (_request: unknown, reply: FastifyReply) => {
      if (!config.writeDrafts) return reply.code(403).send({ error: 'Saving drafts and tags is switched off on this server (FAIRLINE_WRITE_DRAFTS).' });
    };

    api.post<{ Params: { id: string }; Body: { text: string } }>(
      '/api/conversations/:id/drafts',
      { preHandler: writable, schema: { params: idParams, body: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1, maxLength: 50_000 } } } } },
      async (request, reply) => reply.code(201).send(await mailbox.createDraft(request.params.id, request.body.text)),
    );

    api.post<{ Params: { id: string }; Body: { tags: string[] } }>(
      '/api/conversations/:id/tags',
      { preHandler: writable, schema: { params: idParams, body: { type: 'object', required: ['tags'], properties: { tags: { type: 'array', maxItems: 20, items: { type: 'string', pattern: TAG } } } } } },
      async (request) => ({ tags: await mailbox.addTags(request.params.id, request.body.tags) }),
    );
  });

  return app;
}
