import { HttpError } from '../../../shared/errors';
import { pageOf } from '../../http/json';
import { idStep } from '../../export/idStep';
import type { PullStep, StepProgress } from '../../export/pull';
import type { Spool } from '../../export/spool';
import { each, type Report } from '../../export/validate';
import type { FieldKeys } from '../../../shared/fieldKeys';
import type { MailboxGet } from './client';
import { toConversation, toCustomer } from './records';
import { ApiConversation, ApiCustomer, ConversationPage } from './shapes';

export interface HelpScoutPullOptions {
  get: MailboxGet;
  /** ISO 8601: conversations modified at or after it. */
  since: string;
  keys: FieldKeys;
  report: Report;
  progress: StepProgress;
}

/**
 * Every conversation modified since the start, of every status, with its threads embedded: page by page, oldest
 * change first, so that a conversation changed while the pull runs moves to the end instead of shifting the pages
 * not yet read. The cursor is the next page's number.
 */
function conversationsStep({ get, since, report, progress }: HelpScoutPullOptions): PullStep {
  let count = 0;
  return {
    name: 'conversations',
    async page(cursor, spool) {
      const number = cursor === null ? 1 : Number(cursor);
      const query = new URLSearchParams({ embed: 'threads', status: 'all', modifiedSince: since, sortField: 'modifiedAt', sortOrder: 'asc', page: String(number) });
      const page = await pageOf(await get(`/v2/conversations?${query}`), ConversationPage, 'A page of conversations');
      const conversations = each(page._embedded.conversations, ApiConversation, 'Help Scout conversation', report, toConversation(report));
      spool.append('tickets', conversations);
      count += conversations.length;
      progress('conversations', number, page.page.totalPages, count);
      return number >= page.page.totalPages ? { next: null, done: true } : { next: number + 1, done: false };
    },
  };
}

/** The answer's JSON (null when it is not JSON), or undefined when the record is gone (404): one gone record never ends a pull. */
async function found(answer: Promise<Response>): Promise<unknown> {
  try {
    return await (await answer).json().catch(() => null);
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return undefined;
    throw error;
  }
}

async function customerIds(spool: Spool): Promise<number[]> {
  const ids = new Set<number>();
  for await (const ticket of spool.read('tickets')) if (ticket.requesterId !== null) ids.add(Number(ticket.requesterId));
  return [...ids].sort((a, b) => a - b);
}

/** Each customer of the conversations once, for the lifetime value and order count in their properties. */
const customersStep = ({ get, keys, report, progress }: HelpScoutPullOptions): PullStep =>
  idStep({
    name: 'customers',
    counted: 'customers',
    ids: customerIds,
    progress,
    async visit(id, spool) {
      const body = await found(get(`/v2/customers/${id}`));
      if (body === undefined) report(`Help Scout customer ${id} is gone (HTTP 404): their conversations are written without lifetime value.`);
      else spool.append('users', each([body], ApiCustomer, 'Help Scout customer', report, toCustomer(keys)));
    },
  });

export const helpScoutSteps = (options: HelpScoutPullOptions): PullStep[] => [conversationsStep(options), customersStep(options)];
