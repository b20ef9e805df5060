import { HttpError } from '../../shared/errors';
import type { ValueSource } from '../../shared/valueSource';
import type { Send } from './send';
import { readValueAnswer } from './valueAnswer';

/** How long the JWT Zendesk's proxy signs for one call stays good: long enough for one request, no more. */
const JWT_SECONDS = 60;

/**
 * Shopify through the companion server, which holds the shop's client credentials and its short-lived Admin token.
 * Zendesk's proxy signs a JWT with the shared secret (a secure setting with the `jwt_secret_key` scope); the customer's
 * e-mail travels in its claims, never in the URL, so the companion's request log never holds it.
 */
export function shopifySource(send: Send, companionUrl: string): ValueSource {
  return {
    name: 'shopify',
    async read({ email }) {
      try {
        const body = await send({
          url: `${companionUrl.replace(/\/$/, '')}/api/value/shopify`,
          type: 'GET',
          headers: { Authorization: 'Bearer {{jwt.token}}', Accept: 'application/json' },
          secure: true,
          cors: false,
          jwt: { algorithm: 'HS256', secret_key: '{{setting.companion_jwt_secret}}', expiry: JWT_SECONDS, claims: { email } },
        });
        return readValueAnswer(body, 'The Fairline server');
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) return null;
        throw error;
      }
    },
  };
}
