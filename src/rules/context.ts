import * as v from 'valibot';
import type { TicketContext } from './types';

const id = v.union([v.string(), v.number()]);
const isoTime = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date and time'),
);
const tags = v.optional(v.array(v.string()), []);
const optionalText = v.optional(v.string());

const CommentSchema = v.object({
  author: v.picklist(['customer', 'agent'], 'must be "customer" or "agent"'),
  body: v.string(),
  createdAt: v.optional(isoTime),
  public: v.optional(v.boolean()),
});

const TicketContextSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  now: v.optional(isoTime),
  ticket: v.object({
    id: v.optional(id),
    subject: optionalText,
    createdAt: v.optional(isoTime),
    tags,
    comments: v.array(CommentSchema),
  }),
  customer: v.object({
    id: v.optional(id),
    name: optionalText,
    email: optionalText,
    locale: optionalText,
    lifetimeValue: v.optional(v.nullable(v.pipe(v.number(), v.finite('must be a finite number'))), null),
    orderCount: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))), null),
    tags,
  }),
  history: v.optional(
    v.array(
      v.object({
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

function describe(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const where = path ? `"${path}"` : 'the ticket context';
  if (!/^Invalid (type|key)/.test(issue.message)) return `${where} ${issue.message}`;
  if (issue.received === 'undefined') return `${where} is missing`;
  const expected = (issue.expected ?? '').split(' | ').map((t) => PLAIN_TYPES[t] ?? t).join(' or ');
  return `${where} should be ${expected} but is ${issue.received}`;
}

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
    error: first ? describe(first) : 'the ticket context is not valid',
  };
}
