import { HttpError } from '../../../shared/errors';
import { sendWithRetry, type ExportRetryPolicy } from '../../http/retry';
import type { TokenSource } from '../../../companion/oauth';

export type MailboxGet = (path: string) => Promise<Response>;

/**
 * GETs on the Mailbox API with the OAuth client-credentials token of the companion's client (src/companion/oauth.ts),
 * each waiting its turn in the per-minute budget and retried as the policy says; a 401 fetches a new token once.
 */
export function mailboxClient(apiUrl: string, tokens: TokenSource, retry: ExportRetryPolicy, turn: () => Promise<void>): MailboxGet {
  const once = async (path: string) => {
    const token = await tokens.get();
    try {
      return await sendWithRetry(
        async () => {
          await turn();
          return fetch(`${apiUrl}${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/hal+json, application/json' } });
        },
        retry,
        'Help Scout',
      );
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) tokens.invalidate(token);
      throw error;
    }
  };
  return async (path) => {
    try {
      return await once(path);
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) return once(path);
      throw error;
    }
  };
}
