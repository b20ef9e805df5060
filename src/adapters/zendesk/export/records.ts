import type * as v from 'valibot';
import { numberValue, orderCountValue, type PulledComment, type PulledTicket, type PulledUser } from '../../export/records';
import { htmlToText } from '../../../shared/html';
import type { FieldKeys } from '../../../shared/fieldKeys';
import type { ApiComment, ApiTicket, ApiUser } from './shapes';

const MAX_COMMENT_HTML = 200_000;

/** The record without its absent values (optional properties are left out, not undefined). */
const defined = <T extends object>(o: { [K in keyof T]: T[K] | undefined }): T => Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as T;

/** Deleted tickets are in the export too; they are no one's conversation any more. */
export const toTicket = (t: v.InferOutput<typeof ApiTicket>): PulledTicket | null =>
  t.status === 'deleted'
    ? null
    : defined<PulledTicket>({ id: t.id, requesterId: t.requester_id, subject: t.subject ?? undefined, description: t.description ?? undefined, createdAt: t.created_at, updatedAt: t.updated_at, status: t.status, tags: t.tags ?? [] });

export const toUser =
  (keys: FieldKeys) =>
  (u: v.InferOutput<typeof ApiUser>): PulledUser =>
    defined<PulledUser>({
      id: u.id,
      name: u.name ?? undefined,
      email: u.email ?? undefined,
      locale: u.locale ?? undefined,
      role: u.role ?? undefined,
      tags: u.tags ?? [],
      lifetimeValue: numberValue(u.user_fields?.[keys.ltv]),
      orderCount: orderCountValue(u.user_fields?.[keys.orderCount]),
    });

export const toComment =
  (ticketId: number, fallbackTime?: string) =>
  (c: v.InferOutput<typeof ApiComment>): PulledComment =>
    defined<PulledComment>({
      ticketId,
      id: c.id,
      authorId: c.author_id,
      body: c.html_body ? htmlToText(c.html_body.slice(0, MAX_COMMENT_HTML)) : (c.body ?? '').slice(0, MAX_COMMENT_HTML),
      public: c.public,
      createdAt: c.created_at ?? fallbackTime,
    });
