import { HttpError } from '../../shared/errors';
import type { ValueSource } from '../../shared/valueSource';
import type { Send } from './send';
import { readValueAnswer } from './valueAnswer';

/** The header the shop's endpoint checks; hyphens, since Zendesk's proxy refuses header names with underscores. */
export const ENDPOINT_KEY_HEADER = 'X-Fairline-Key';

/**
 * The shop's own HTTPS endpoint: `GET url?email=…` answers `{ lifetimeValue, orderCount, currency }`, or 404 when it
 * knows no such customer. The key is a secure setting, put in by Zendesk's proxy.
 */
export function endpointSource(send: Send, url: string): ValueSource {
  return {
    name: 'endpoint',
    async read({ email }) {
      const target = new URL(url);
      target.searchParams.set('email', email);
      try {
        const body = await send({ url: target.toString(), type: 'GET', headers: { [ENDPOINT_KEY_HEADER]: '{{setting.value_endpoint_key}}', Accept: 'application/json' }, secure: true, cors: false });
        return readValueAnswer(body, 'The value endpoint');
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) return null;
        throw error;
      }
    },
  };
}
