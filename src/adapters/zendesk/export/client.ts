import { sendWithRetry, type ExportRetryPolicy } from '../../http/retry';
import type { ZendeskAccess } from './credentials';

/** Zendesk has two budgets: the incremental exports' (10 a minute) and the rest of the API's (200–700 by plan). */
export type Budget = 'export' | 'api';

export type ZendeskGet = (path: string, budget: Budget) => Promise<Response>;

/** GETs under the account's API, each first waiting for its budget's turn, then retried as the policy says. */
export function zendeskClient(access: ZendeskAccess, retry: ExportRetryPolicy, turns: Record<Budget, () => Promise<void>>): ZendeskGet {
  return async (path, budget) =>
    sendWithRetry(
      async () => {
        await turns[budget]();
        return fetch(`${access.baseUrl}${path}`, { headers: { authorization: access.authorization, accept: 'application/json' } });
      },
      retry,
      'Zendesk',
    );
}
