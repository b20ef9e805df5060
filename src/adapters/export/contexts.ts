import { parseTicketContext, type Comment, type HistoryTicket, type TicketContext } from '../../rules';
import type { PulledComment, PulledTicket, PulledUser } from './records';
import type { Spool } from './spool';

const DAY_MS = 86_400_000;

export interface AssembleOptions {
  /** How far back a ticket's history reaches (the panel reads 365 days). */
  historyDays: number;
  /** The most earlier tickets one history holds, newest kept (the panel reads up to 500). */
  maxHistory: number;
  /** A ticket that does not make a valid TicketContext is named here, in one plain line, and left out. */
  onProblem: (message: string) => void;
}

export const DEFAULT_ASSEMBLY = { historyDays: 365, maxHistory: 500 } as const;

const key = (id: PulledTicket['id']) => String(id);
const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);

function toComment(c: PulledComment, ticket: PulledTicket, users: Map<string, PulledUser>): Comment {
  const fromCustomer = (c.authorId !== null && key(c.authorId) === key(ticket.requesterId ?? '')) || users.get(key(c.authorId ?? ''))?.role === 'end-user';
  const comment: Comment = { author: fromCustomer ? 'customer' : 'agent', body: c.body };
  if (c.createdAt) comment.createdAt = c.createdAt;
  if (c.public !== undefined) comment.public = c.public;
  return comment;
}

function historyOf(earlier: readonly PulledTicket[]): HistoryTicket[] {
  return earlier.map((t) => {
    const h: HistoryTicket = { id: t.id, createdAt: t.createdAt, tags: t.tags };
    if (t.subject !== undefined) h.subject = t.subject;
    if (t.description !== undefined) h.description = t.description.slice(0, 20_000);
    if (t.status !== undefined) h.status = t.status;
    return h;
  });
}

/** The first index of `sorted` (by creation) whose ticket was created at or after `at`. */
function firstFrom(sorted: readonly PulledTicket[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (time(sorted[mid]!.createdAt) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The requester's tickets created before `ticket`, inside the window before its `now`, newest `max` kept. */
function earlierTickets(sorted: readonly PulledTicket[], ticket: PulledTicket, now: number, { historyDays, maxHistory }: AssembleOptions): PulledTicket[] {
  const end = firstFrom(sorted, time(ticket.createdAt));
  const start = Math.max(firstFrom(sorted, now - historyDays * DAY_MS), end - maxHistory);
  return start < end ? sorted.slice(start, end) : [];
}

/**
 * Every pulled ticket as a TicketContext, in the order first pulled: its comments oldest first, its requester's
 * lifetime value, order count and tags, and as history the requester's earlier tickets of the pull. Each context
 * is assessed as of the ticket's last update (`now`), so its windows count back from then, not from the day of the
 * audit. A ticket pulled twice (changed while the pull ran) is written once, as last seen.
 */
export async function* assembleContexts(spool: Spool, options: AssembleOptions): AsyncGenerator<TicketContext> {
  const users = new Map<string, PulledUser>();
  for await (const user of spool.read('users')) users.set(key(user.id), user);
  const tickets = new Map<string, PulledTicket>();
  for await (const ticket of spool.read('tickets')) tickets.set(key(ticket.id), ticket);
  const comments = new Map<string, Map<string, PulledComment>>();
  for await (const comment of spool.read('comments')) {
    const ofTicket = comments.get(key(comment.ticketId)) ?? new Map<string, PulledComment>();
    ofTicket.set(key(comment.id), comment);
    comments.set(key(comment.ticketId), ofTicket);
  }
  const byRequester = new Map<string, PulledTicket[]>();
  for (const ticket of tickets.values()) {
    if (ticket.requesterId === null) continue;
    const list = byRequester.get(key(ticket.requesterId)) ?? [];
    list.push(ticket);
    byRequester.set(key(ticket.requesterId), list);
  }
  for (const list of byRequester.values()) list.sort((a, b) => time(a.createdAt) - time(b.createdAt));

  for (const ticket of tickets.values()) {
    const lastUpdate = time(ticket.updatedAt);
    const now = Number.isNaN(lastUpdate) ? time(ticket.createdAt) : lastUpdate;
    const user = ticket.requesterId === null ? undefined : users.get(key(ticket.requesterId));
    const ticketComments =
      ticket.comments ?? [...(comments.get(key(ticket.id))?.values() ?? [])].map((c) => toComment(c, ticket, users)).sort((a, b) => time(a.createdAt) - time(b.createdAt));
    const earlier = ticket.requesterId === null ? [] : earlierTickets(byRequester.get(key(ticket.requesterId)) ?? [], ticket, now, options);
    const raw = {
      id: key(ticket.id),
      now: new Date(now).toISOString(),
      ticket: { id: ticket.id, subject: ticket.subject, createdAt: ticket.createdAt, tags: ticket.tags, comments: ticketComments },
      customer: {
        id: ticket.requesterId ?? undefined,
        name: user?.name,
        email: user?.email,
        locale: user?.locale,
        lifetimeValue: user?.lifetimeValue ?? null,
        orderCount: user?.orderCount ?? null,
        tags: user?.tags ?? [],
      },
      history: historyOf(earlier),
    };
    // Absent values are undefined here and left out when the line is written.
    const parsed = parseTicketContext(raw);
    if (parsed.ok) yield parsed.context;
    else options.onProblem(`Ticket ${key(ticket.id)} left out: ${parsed.error}.`);
  }
}
