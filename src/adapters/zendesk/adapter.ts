import type { HistoryTicket, Ticket, TicketContext } from '../../rules';
import { type ContextRead, type HelpdeskAdapter, type ReadWarning } from '../../shared/adapter';
import { AdapterError, NetworkError, RateLimitedError } from '../../shared/errors';
import { mustSwitch, readDraftText, type CommentType } from './draft';
import { fieldKeys } from '../../shared/fieldKeys';
import { PAGE_CAP, PAGE_SIZE, readHistory } from './history';
import { createHistoryCache } from './historyCache';
import type { HistoryStore } from './historyStore';
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, noAnswer, withTimeout, type RetryPolicy } from '../../shared/retry';
import { readTicket } from './ticket';
import type { ZafClient } from './zaf';

export interface ZendeskAdapterOptions {
  client: ZafClient;
  now: () => Date;
  retry?: RetryPolicy;
  /** How long any one call to the helpdesk may go unanswered (20 s unless set). */
  timeoutMs?: number;
  /** Keeps histories across app frames for the browser tab's session (sessionStorage in the app). */
  store?: HistoryStore | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * ZAF rejects with its own errors, or with a plain TimeoutError object; the app sees typed ones. `metadata` waits
 * for the frame to register and has no timeout in the SDK, so every call is bounded here.
 */
async function zaf<T>(call: () => Promise<T>, timeoutMs: number): Promise<T> {
  try {
    return await withTimeout(call(), timeoutMs, noAnswer('The helpdesk frame', timeoutMs));
  } catch (error) {
    if (error instanceof AdapterError) throw error;
    const { name, message } = isRecord(error) || error instanceof Error ? (error as { name?: unknown; message?: unknown }) : {};
    const text = typeof message === 'string' ? message : 'The helpdesk did not answer';
    throw name === 'TimeoutError' ? new NetworkError(text) : new AdapterError(text);
  }
}

function historyWarning(error: unknown): ReadWarning {
  return error instanceof RateLimitedError
    ? { code: 'history_rate_limited', values: { seconds: Math.ceil(error.retryAfterMs / 1000) } }
    : { code: 'history_unavailable' };
}

/** The open ticket as it reads in another ticket's history. */
function asHistory(ticket: Ticket, now: Date): HistoryTicket {
  const entry: HistoryTicket = { createdAt: ticket.createdAt ?? now.toISOString(), tags: [...ticket.tags] };
  if (ticket.id !== undefined) entry.id = ticket.id;
  if (ticket.subject !== undefined) entry.subject = ticket.subject;
  return entry;
}

/** The Zendesk Support ticket sidebar, through the ZAF client. */
export function createZendeskAdapter({ client, now, retry = DEFAULT_RETRY, timeoutMs = DEFAULT_TIMEOUT_MS, store }: ZendeskAdapterOptions): HelpdeskAdapter {
  const policy: RetryPolicy = { timeoutMs, ...retry };
  const call = <T>(request: () => Promise<T>) => zaf(request, timeoutMs);
  // History is cached per requester with every ticket of theirs, so the open one is left out where it is used.
  const histories = createHistoryCache(store, () => now().getTime());
  // The ticket last read and its requester, so the tags Fairline adds show in the cached history.
  let open: { requesterId: string; ticket: HistoryTicket } | null = null;
  let settings: Promise<Record<string, unknown>> | null = null;
  // A failed read is dropped, so Try again asks the frame again.
  const readSettings = () =>
    (settings ??= call(() => client.metadata()).then(
      (m) => (isRecord(m.settings) ? m.settings : {}),
      (error: unknown) => {
        settings = null;
        throw error;
      },
    ));

  const history = async (requesterId: string | number, ticketId: string | number | undefined) => {
    const page = await histories.get(String(requesterId), () => readHistory(client, requesterId, undefined, now(), policy));
    return { ...page, tickets: page.tickets.filter((t) => String(t.id) !== String(ticketId)) };
  };

  return {
    helpdesk: 'Zendesk',
    readSettings,
    async readAgentLocale() {
      const result = await call(() => client.get('currentUser.locale'));
      const locale = result['currentUser.locale'];
      return typeof locale === 'string' ? locale : 'en';
    },
    async readContext(): Promise<ContextRead> {
      const keys = fieldKeys(await readSettings());
      const read = await call(() => readTicket(client, keys.keys));
      const warnings = [...keys.warnings, ...read.warnings];
      const context: TicketContext = { id: String(read.ticket.id ?? 'ticket'), ticket: read.ticket, customer: read.customer, history: [] };
      const known = read.customer.id !== undefined && read.ticket.id !== undefined;
      open = known ? { requesterId: String(read.customer.id), ticket: asHistory(read.ticket, now()) } : null;
      if (read.customer.id === undefined) return { context, warnings };
      try {
        const page = await history(read.customer.id, read.ticket.id);
        context.history = page.tickets;
        if (page.truncated) warnings.push({ code: 'history_truncated', values: { count: PAGE_CAP * PAGE_SIZE } });
      } catch (error) {
        warnings.push(historyWarning(error));
      }
      return { context, warnings };
    },
    insertBehaviour: async () => ({ reply: 'editor', note: 'editor', tagsApplied: true }),
    async insertReply(text, { internal }) {
      // The type is switched only in an empty editor; appendText keeps the agent's draft.
      const wanted: CommentType = internal ? 'internalNote' : 'publicReply';
      if (await mustSwitch(client, wanted, call)) await call(() => client.set('ticket.comment.type', wanted));
      await call(() => client.invoke('ticket.comment.appendText', text));
      return { mode: 'editor' };
    },
    async addTags(tags) {
      if (tags.length === 0) return { applied: true };
      await call(() => client.invoke('ticket.tags.add', [...tags]));
      if (open) histories.tagged(open.requesterId, open.ticket, tags);
      return { applied: true };
    },
    readDraft: () => readDraftText(client, call),
    resize(height) {
      client.invoke('resize', { width: '100%', height: `${Math.ceil(height)}px` }).catch(() => undefined);
    },
    onContextChange(listener) {
      const handler = () => listener();
      client.on('ticket.requester.id.changed', handler);
      return () => client.off('ticket.requester.id.changed', handler);
    },
  };
}
