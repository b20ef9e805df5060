import type { HistoryTicket, Ticket, TicketContext } from '../../rules';
import { type ContextRead, type HelpdeskAdapter, type ReadWarning } from '../../shared/adapter';
import { AdapterError, NetworkError, RateLimitedError } from '../../shared/errors';
import { mustSwitch, readDraftText, type CommentType } from './draft';
import { fieldKeys } from '../../shared/fieldKeys';
import { PAGE_CAP, PAGE_SIZE, readHistory } from './history';
import { createHistoryCache } from './historyCache';
import type { CustomerValue, ValueFigure } from '../../shared/valueSource';
import type { HistoryStore } from './historyStore';
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, noAnswer, withTimeout, type RetryPolicy } from '../../shared/retry';
import { createValueCache } from '../value/cache';
import { readValue } from '../value/chain';
import { valueSettings } from '../value/settings';
import { valueSources } from '../value/sources';
import { requestJson } from './request';
import { readTicket } from './ticket';
import { syncUserTag } from './userTags';
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

/** The user field's value, when it holds one: it goes before every other source. */
function fieldValue(customer: TicketContext['customer']): CustomerValue | null {
  return customer.lifetimeValue === null ? null : { lifetimeValue: customer.lifetimeValue, orderCount: customer.orderCount, currency: null, disputes: null };
}

function withValue(customer: TicketContext['customer'], figure: ValueFigure): TicketContext['customer'] {
  const next = { ...customer, lifetimeValue: figure.lifetimeValue, orderCount: figure.orderCount ?? customer.orderCount };
  return figure.disputes === null ? next : { ...next, disputes: figure.disputes };
}

/** A figure from another source fills what the empty user fields left out. */
function withoutFieldGaps(warnings: ReadWarning[], figure: ValueFigure): ReadWarning[] {
  if (figure.source === 'field') return warnings;
  return warnings.filter((w) => w.code !== 'ltv_missing' && !(w.code === 'order_count_missing' && figure.orderCount !== null));
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

  const values = createValueCache(store, () => now().getTime());
  // The requester's user tags as last read, so a tag already there (or already written) is not written again.
  let requester: { id: string; tags: Set<string> } | null = null;

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
      const rawSettings = await readSettings();
      const keys = fieldKeys(rawSettings);
      const sourcesSettings = valueSettings(rawSettings);
      const read = await call(() => readTicket(client, keys.keys));
      const warnings = [...keys.warnings, ...read.warnings, ...sourcesSettings.issues.map((detail) => ({ code: 'value_setting_invalid' as const, values: { detail } }))];
      const context: TicketContext = { id: String(read.ticket.id ?? 'ticket'), ticket: read.ticket, customer: read.customer, history: [] };
      const known = read.customer.id !== undefined && read.ticket.id !== undefined;
      open = known ? { requesterId: String(read.customer.id), ticket: asHistory(read.ticket, now()) } : null;
      requester = read.customer.id === undefined ? null : { id: String(read.customer.id), tags: new Set(read.customer.tags) };
      if (read.customer.id === undefined) return { context, warnings };
      const requesterId = String(read.customer.id);
      const sendTo = (name: string) => (options: Parameters<typeof client.request>[0]) => requestJson(client, options, policy, { name });
      // History and value are read side by side: neither waits for the other.
      const [page, value] = await Promise.all([
        history(read.customer.id, read.ticket.id).catch((error: unknown) => error as Error),
        readValue({
          field: fieldValue(read.customer),
          sources: valueSources(sourcesSettings, sendTo),
          who: read.customer.email ? { requesterId, email: read.customer.email } : null,
          cache: values,
          now,
        }),
      ]);
      if (page instanceof Error) warnings.push(historyWarning(page));
      else {
        context.history = page.tickets;
        if (page.truncated) warnings.push({ code: 'history_truncated', values: { count: PAGE_CAP * PAGE_SIZE } });
      }
      warnings.push(...value.warnings);
      if (!value.figure) return { context, warnings };
      return { context: { ...context, customer: withValue(context.customer, value.figure) }, warnings: withoutFieldGaps(warnings, value.figure), value: value.figure };
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
    async syncCustomerTag(tag, present) {
      if (!valueSettings(await readSettings()).syncVipTag) return 'off';
      if (!requester) return 'unchanged';
      return syncUserTag(client, requester, tag, present, policy);
    },
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
