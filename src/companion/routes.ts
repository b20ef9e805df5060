import type { FastifyInstance, FastifyReply } from 'fastify';
import type { CompanionSettings, HistoryAnswer, ThreadsAnswer } from '../shared/companionWire';
import type { CompanionConfig } from './config';
import { UpstreamError, UpstreamHttpError, UpstreamRateLimited } from './errors';
import { ownConversation, ownCustomer, sessionCheck } from './guards';
import { ID_PATTERN } from './ids';
import type { Mailbox } from './mailbox';
import type { SessionKeys } from './session';

const TAG = '^[^,]{1,100}$';
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: ID_PATTERN } } } as const;

function upstreamFailure(reply: FastifyReply, error: unknown) {
  if (error instanceof UpstreamRateLimited) {
    return reply.code(429).header('retry-after', String(Math.ceil(error.retryAfterMs / 1000))).send({ error: error.message });
  }
  if (error instanceof UpstreamHttpError && error.status === 404) return reply.code(404).send({ error: 'Help Scout does not know that conversation or customer' });
  if (error instanceof UpstreamError) return reply.code(502).send({ error: error.message });
  throw error;
}

export interface ApiDeps {
  config: CompanionConfig;
  mailbox: Mailbox;
  sessions: SessionKeys;
  now: () => number;
}

/** /api/*: each call needs the page's session token, and reaches only that load's conversation and customer. */
export function apiRoutes({ config, mailbox, sessions, now }: ApiDeps) {
  return async (api: FastifyInstance) => {
    api.decorateRequest('scope', null);
    api.addHook('onRequest', sessionCheck(sessions, now));
    api.setErrorHandler((error, _request, reply) => upstreamFailure(reply, error));

    api.get('/api/config', async (): Promise<CompanionSettings> => ({ settings: config.settings, writeDrafts: config.writeDrafts }));

    api.get<{ Params: { id: string } }>('/api/conversations/:id/threads', { schema: { params: idParams }, preHandler: ownConversation }, async (request): Promise<ThreadsAnswer> => {
      const { items, truncated } = await mailbox.threads(request.params.id);
      return { threads: items, truncated };
    });

    api.get<{ Params: { id: string }; Querystring: { exclude?: string } }>(
      '/api/customers/:id/conversations',
      { schema: { params: idParams, querystring: { type: 'object', properties: { exclude: { type: 'string', pattern: ID_PATTERN } } } }, preHandler: ownCustomer(mailbox) },
      async (request): Promise<HistoryAnswer> => {
        const { items, truncated } = await mailbox.history(request.params.id, request.query.exclude);
        return { conversations: items, truncated };
      },
    );

    const writable = async (_request: unknown, reply: FastifyReply) => {
      if (!config.writeDrafts) return reply.code(403).send({ error: 'Saving drafts and tags is switched off on this server (FAIRLINE_WRITE_DRAFTS).' });
    };

    api.post<{ Params: { id: string }; Body: { text: string } }>(
      '/api/conversations/:id/drafts',
      { preHandler: [ownConversation, writable], schema: { params: idParams, body: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1, maxLength: 50_000 } } } } },
      async (request, reply) => reply.code(201).send(await mailbox.createDraft(request.params.id, request.body.text)),
    );

    api.post<{ Params: { id: string }; Body: { tags: string[] } }>(
      '/api/conversations/:id/tags',
      { preHandler: [ownConversation, writable], schema: { params: idParams, body: { type: 'object', required: ['tags'], properties: { tags: { type: 'array', maxItems: 20, items: { type: 'string', pattern: TAG } } } } } },
      async (request) => ({ tags: await mailbox.addTags(request.params.id, request.body.tags) }),
    );
  };
}
