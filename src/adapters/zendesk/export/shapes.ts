import * as v from 'valibot';

/**
 * The parts of Zendesk's answers a pull reads (Incremental Exports and Ticket Comments, Support API v2). Pages are
 * checked as a whole; each record in them is checked on its own, so one malformed record is reported and skipped.
 */
const iso = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date'));
const id = v.pipe(v.number('should be a number'), v.integer());
const text = v.optional(v.nullable(v.string()));
const tags = v.optional(v.nullable(v.array(v.string())));

/** GET /api/v2/incremental/tickets/cursor.json?include=users */
export const TicketPage = v.looseObject({
  tickets: v.array(v.unknown()),
  users: v.optional(v.array(v.unknown()), []),
  after_cursor: v.nullable(v.string()),
  end_of_stream: v.boolean(),
});

export const ApiTicket = v.looseObject({
  id,
  requester_id: v.nullable(id),
  subject: text,
  description: text,
  created_at: iso,
  updated_at: v.optional(iso),
  status: v.string(),
  tags,
});

export const ApiUser = v.looseObject({
  id,
  name: text,
  email: text,
  locale: text,
  role: text,
  tags,
  user_fields: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
});

/** GET /api/v2/incremental/ticket_events.json?include=comment_events (time-based: end_time is the next start_time). */
export const EventPage = v.looseObject({
  ticket_events: v.array(v.unknown()),
  end_time: v.nullable(v.number()),
  end_of_stream: v.boolean(),
});

export const ApiTicketEvent = v.looseObject({
  ticket_id: id,
  created_at: v.optional(iso),
  child_events: v.optional(v.array(v.unknown()), []),
});

/** A comment: a ticket event's child of event_type "Comment", or one of GET /api/v2/tickets/{id}/comments.json. */
export const ApiComment = v.looseObject({
  id,
  author_id: v.nullable(id),
  body: text,
  html_body: text,
  public: v.optional(v.boolean()),
  created_at: v.optional(iso),
});

/** GET /api/v2/tickets/{id}/comments.json?page[size]=100 (cursor pagination). */
export const CommentPage = v.looseObject({
  comments: v.array(v.unknown()),
  meta: v.optional(v.looseObject({ has_more: v.boolean(), after_cursor: v.optional(v.nullable(v.string())) })),
});
