import * as v from 'valibot';
import type { Comment } from '../../../rules';
import { numberValue, orderCountValue, type PulledTicket, type PulledUser } from '../../export/records';
import type { FieldKeys } from '../../../shared/fieldKeys';
import { htmlToText } from '../../../shared/html';
import { each, type Report } from '../../export/validate';
import { ApiConversation, ApiCustomer, ApiThread } from './shapes';

const MAX_THREAD_HTML = 200_000;
/** Activity lines, drafts and hidden threads are not part of the conversation the customer sees (as in the panel). */
const SKIPPED_TYPES = new Set(['lineitem']);

function toComment(t: v.InferOutput<typeof ApiThread>): Comment | null {
  if (SKIPPED_TYPES.has(t.type) || t.state === 'draft' || t.state === 'hidden') return null;
  const fromCustomer = t.createdBy?.type === 'customer' || t.type === 'customer';
  const comment: Comment = { author: fromCustomer ? 'customer' : 'agent', body: htmlToText((t.body ?? '').slice(0, MAX_THREAD_HTML)), public: t.type !== 'note' };
  if (t.createdAt) comment.createdAt = t.createdAt;
  return comment;
}

const time = (c: Comment) => (c.createdAt ? Date.parse(c.createdAt) : 0);

/** A conversation as a pulled ticket, its threads oldest first (Help Scout lists them newest first). */
export const toConversation =
  (report: Report) =>
  (c: v.InferOutput<typeof ApiConversation>): PulledTicket => {
    const threads = each(c._embedded.threads, ApiThread, `Help Scout thread of conversation ${c.id}`, report, toComment);
    const ticket: PulledTicket = {
      id: c.id,
      requesterId: c.primaryCustomer?.id ?? null,
      createdAt: c.createdAt,
      tags: c.tags.map((t) => (typeof t === 'string' ? t : t.tag)),
      comments: threads.sort((a, b) => time(a) - time(b)),
    };
    const updatedAt = c.userUpdatedAt ?? c.closedAt;
    if (updatedAt) ticket.updatedAt = updatedAt;
    if (c.subject) ticket.subject = c.subject;
    if (c.preview) ticket.description = c.preview;
    if (c.status) ticket.status = c.status;
    return ticket;
  };

/** A customer property by slug or name, compared without case (as the panel reads them). */
function property(c: v.InferOutput<typeof ApiCustomer>, key: string): unknown {
  const wanted = key.toLowerCase();
  const found = [...(c.properties ?? []), ...(c._embedded?.properties ?? [])].find((p) => [p.slug, p.name].some((n) => n?.toLowerCase() === wanted));
  return found?.value ?? found?.text;
}

export const toCustomer =
  (keys: FieldKeys) =>
  (c: v.InferOutput<typeof ApiCustomer>): PulledUser => {
    const user: PulledUser = { id: c.id, tags: [], lifetimeValue: numberValue(property(c, keys.ltv)), orderCount: orderCountValue(property(c, keys.orderCount)) };
    const name = [c.firstName, c.lastName].filter((s) => s && s.trim() !== '').join(' ');
    if (name) user.name = name;
    const email = c._embedded?.emails?.[0]?.value;
    if (email) user.email = email;
    if (c.locale) user.locale = c.locale;
    return user;
  };
