import * as v from 'valibot';
import { HttpError } from '../../../shared/errors';
import { pageOf } from '../../http/json';
import { idStep } from '../../export/idStep';
import type { PullStep, StepProgress } from '../../export/pull';
import type { Spool } from '../../export/spool';
import type { FieldKeys } from '../../../shared/fieldKeys';
import type { ZendeskGet } from './client';
import { each, type Report } from '../../export/validate';
import { toComment, toTicket, toUser } from './records';
import { ApiComment, ApiTicket, ApiTicketEvent, ApiUser, CommentPage, EventPage, TicketPage } from './shapes';

export interface ZendeskPullOptions {
  get: ZendeskGet;
  /** Unix seconds: the export starts at tickets changed at or after it. */
  startTime: number;
  keys: FieldKeys;
  report: Report;
  /** Hears how far the walk is: `done` of `total` (any unit), and the records so far. */
  progress: StepProgress;
  now: () => number;
}

/**
 * The tickets changed since the start, with their requesters side-loaded: the cursor-based incremental ticket
 * export, 1000 tickets a page, until end_of_stream. Progress is how far the last ticket's update has come from the
 * start towards now.
 */
function ticketsStep({ get, startTime, keys, report, progress, now }: ZendeskPullOptions): PullStep {
  let count = 0;
  return {
    name: 'tickets',
    async page(cursor, spool) {
      const query = cursor === null ? `start_time=${startTime}` : `cursor=${encodeURIComponent(String(cursor))}`;
      const page = await pageOf(await get(`/api/v2/incremental/tickets/cursor.json?${query}&include=users`, 'export'), TicketPage, 'A page of the ticket export');
      const tickets = each(page.tickets, ApiTicket, 'Zendesk ticket', report, toTicket);
      spool.append('users', each(page.users, ApiUser, 'Zendesk user', report, toUser(keys)));
      spool.append('tickets', tickets);
      count += tickets.length;
      const reached = Date.parse(tickets.at(-1)?.updatedAt ?? '') / 1000;
      const span = now() / 1000 - startTime;
      progress('tickets', Number.isNaN(reached) ? 0 : Math.min(span, reached - startTime), span, count);
      if (!page.end_of_stream && !page.after_cursor) throw new Error('The ticket export gave no cursor for its next page');
      return { next: page.after_cursor, done: page.end_of_stream };
    },
  };
}

/** Comments in bulk: the ticket-event export's comment events (time-based: each page's end_time starts the next). */
function commentEventsStep({ get, startTime, report, progress, now }: ZendeskPullOptions): PullStep {
  let count = 0;
  return {
    name: 'comment events',
    async page(cursor, spool) {
      const from = cursor === null ? startTime : Number(cursor);
      const page = await pageOf(await get(`/api/v2/incremental/ticket_events.json?start_time=${from}&include=comment_events`, 'export'), EventPage, 'A page of the ticket-event export');
      const events = each(page.ticket_events, ApiTicketEvent, 'Zendesk ticket event', report, (e) => e);
      for (const event of events) {
        const children = event.child_events.filter((c) => typeof c === 'object' && c !== null && (c as { event_type?: unknown }).event_type === 'Comment');
        const comments = each(children, ApiComment, `Zendesk comment of ticket ${event.ticket_id}`, report, toComment(event.ticket_id, event.created_at));
        spool.append('comments', comments);
        count += comments.length;
      }
      const span = now() / 1000 - startTime;
      progress('comments', Math.min(span, (page.end_time ?? from) - startTime), span, count);
      if (page.end_of_stream) return { next: null, done: true };
      if (page.end_time === null || page.end_time <= from) throw new Error('The ticket-event export did not move past its start time');
      return { next: page.end_time, done: false };
    },
  };
}

/** The tickets created before the start: the event export from the start holds only their later comments. */
async function olderTicketIds(spool: Spool, startTime: number): Promise<number[]> {
  const ids = new Set<number>();
  for await (const ticket of spool.read('tickets')) if (Date.parse(ticket.createdAt) / 1000 < startTime) ids.add(Number(ticket.id));
  return [...ids].sort((a, b) => a - b);
}

/**
 * Every comment of each ticket created before the start, one ticket at a time (the only way to reach them): Ticket
 * Comments with cursor pagination, on the API's own budget. The cursor is how many of those tickets are done.
 */
const olderCommentsStep = ({ get, startTime, report, progress }: ZendeskPullOptions): PullStep =>
  idStep({
    name: 'older tickets\' comments',
    counted: 'tickets created before the start',
    ids: (spool) => olderTicketIds(spool, startTime),
    progress,
    async visit(id, spool) {
      let after: string | null = null;
      do {
        const query = `page[size]=100${after ? `&page[after]=${encodeURIComponent(after)}` : ''}`;
        let answer: Response;
        try {
          answer = await get(`/api/v2/tickets/${id}/comments.json?${query}`, 'api');
        } catch (error) {
          // A ticket deleted since the export listed it: the rest of the pull goes on.
          if (!(error instanceof HttpError && error.status === 404)) throw error;
          report(`Zendesk ticket ${id} is gone (HTTP 404): written with the comments the event export had.`);
          return;
        }
        const page: v.InferOutput<typeof CommentPage> = await pageOf(answer, CommentPage, `The comments of ticket ${id}`);
        spool.append('comments', each(page.comments, ApiComment, `Zendesk comment of ticket ${id}`, report, toComment(id)));
        after = page.meta?.has_more ? (page.meta.after_cursor ?? null) : null;
      } while (after !== null);
    },
  });

/** The steps of a Zendesk pull, in order. */
export const zendeskSteps = (options: ZendeskPullOptions): PullStep[] => [ticketsStep(options), commentEventsStep(options), olderCommentsStep(options)];
