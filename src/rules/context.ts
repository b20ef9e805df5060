import * as v from 'valibot';
import { plainIssue } from './plainIssue';
import type { TicketContext } from './types';

const id = v.union([v.string(), v.number()]);
// ISO 8601, as every helpdesk API writes it: a date, optionally a time and an offset. Date.parse alone also takes
// "1" and "Tuesday 12", which are no dates anyone meant.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const isoTime = v.pipe(
  v.string(),
  v.check((s) => ISO_DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)), 'is not a date and time such as 2026-11-03T09:30:00Z'),
);
/** An object, not a list: valibot's object schema takes a list as an object with no keys. */
const record = <const Entries extends v.ObjectEntries>(entries: Entries) =>
  v.pipe(
    v.unknown(),
    v.check((x) => !Array.isArray(x), 'should be an object but is a list'),
    v.object(entries),
  );
const tags = v.optional(v.array(v.string()), []);
const optionalText = v.optional(v.string());

const CommentSchema = record({
  author: v.picklist(['customer', 'agent'], 'must be "customer" or "agent"'),
  body: v.string(),
  createdAt: v.optional(isoTime),
  public: v.optional(v.boolean()),
});

/** The TicketContext contract; docs/contract/ticket-context.schema.json is tested against it. */
export const TicketContextSchema = record({
  id: v.pipe(
    v.string(),
    v.check((s) => s.trim() !== '', 'must not be empty or only spaces'),
  ),
  now: v.optional(isoTime),
  ticket: record({
    id: v.optional(id),
    subject: optionalText,
    createdAt: v.optional(isoTime),
    tags,
    comments: v.array(CommentSchema),
  }),
  customer: record({
    id: v.optional(id),
    name: optionalText,
    email: optionalText,
    locale: optionalText,
    lifetimeValue: v.optional(v.nullable(v.pipe(v.number(), v.finite('must be a finite number'))), null),
    orderCount: v.optional(v.nullable(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'))), null),
    disputes: v.optional(v.nullable(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')))),
    tags,
  }),
  history: v.optional(
    v.array(
      record({
        id: v.optional(id),
        subject: optionalText,
        description: optionalText,
        createdAt: isoTime,
        status: optionalText,
        tags,
      }),
    ),
    [],
  ),
});

export type ContextResult = { ok: true; context: TicketContext } | { ok: false; id: string | null; error: string };

const PLAIN_TYPES: Record<string, string> = { Object: 'an object', Array: 'a list', string: 'text', number: 'a number', boolean: 'true or false' };


/**
 * Validates untrusted input against the TicketContext contract (SPEC §1).
 * @example parseTicketContext({ id: 'x' }) // { ok: false, id: 'x', error: '"ticket" should be Object but is undefined' }
 */
export function parseTicketContext(raw: unknown): ContextResult {
  if (Array.isArray(raw)) return { ok: false, id: null, error: 'the ticket context should be an object but is a list' };
  const result = v.safeParse(TicketContextSchema, raw);
  if (result.success) return { ok: true, context: result.output as TicketContext };
  const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : null;
  const first = result.issues[0];
  return {
    ok: false,
    id: typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null,
    error: first ? plainIssue(first, 'the ticket context', PLAIN_TYPES) : 'the ticket context is not valid',
  };
}
