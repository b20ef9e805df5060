import type { FastifyInstance } from 'fastify';
import type { ValueAnswer } from '../shared/companionWire';
import type { CompanionConfig } from './config';
import { UpstreamError, UpstreamRateLimited } from './errors';
import { verifyValueJwt } from './jwt';

export interface ValueDeps {
  config: CompanionConfig;
  /** The Shopify read (shopify.ts), or null when the server has no shop. */
  shopify: ((email: string) => Promise<ValueAnswer | null>) | null;
  now: () => number;
}

/**
 * GET /api/value/shopify: the customer's value from Shopify, for the Zendesk app. Zendesk's proxy signs each call with
 * the shared secret; the customer's e-mail is in the token's claims, so it is never in a URL or the request log.
 */
export function valueRoutes({ config, shopify, now }: ValueDeps) {
  return async (app: FastifyInstance) => {
    app.get('/api/value/shopify', async (request, reply) => {
      const auth = request.headers.authorization;
      const check = verifyValueJwt(auth?.startsWith('Bearer ') ? auth.slice(7) : '', config.zendeskJwtSecret, now());
      if (!check.ok) return reply.code(401).send({ error: check.reason });
      if (!shopify) return reply.code(501).send({ error: 'This server is not connected to a Shopify shop (SHOPIFY_SHOP_URL).' });
      try {
        const value = await shopify(check.claims.email);
        return value ?? reply.code(404).send({ error: 'Shopify has no customer with this e-mail.' });
      } catch (error) {
        if (error instanceof UpstreamRateLimited) return reply.code(429).header('retry-after', String(Math.ceil(error.retryAfterMs / 1000))).send({ error: error.message });
        if (error instanceof UpstreamError) return reply.code(502).send({ error: error.message });
        throw error;
      }
    });
  };
}
