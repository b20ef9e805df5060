import type { Comment } from '../../rules';

/**
 * What a pull keeps of each helpdesk record, the same for Zendesk and Help Scout: enough to write a TicketContext
 * with its history, and no more. Records are spooled to disk as JSON lines while the pull walks the helpdesk.
 */
export type RecordId = string | number;

export interface PulledTicket {
  id: RecordId;
  requesterId: RecordId | null;
  subject?: string;
  /** The first message, for the history of later tickets. */
  description?: string;
  createdAt: string;
  updatedAt?: string;
  status?: string;
  tags: string[];
  /** Help Scout embeds a conversation's threads; Zendesk's comments arrive apart (PulledComment). */
  comments?: Comment[];
}

export interface PulledUser {
  id: RecordId;
  name?: string;
  email?: string;
  locale?: string;
  /** Zendesk's role: an `end-user` writes as the customer. */
  role?: string;
  tags: string[];
  lifetimeValue: number | null;
  orderCount: number | null;
}

export interface PulledComment {
  ticketId: RecordId;
  id: RecordId;
  authorId: RecordId | null;
  body: string;
  public?: boolean;
  createdAt?: string;
}

export interface SpooledRecords {
  tickets: PulledTicket;
  users: PulledUser;
  comments: PulledComment;
}

export type SpoolKind = keyof SpooledRecords;
export const SPOOL_KINDS: readonly SpoolKind[] = ['tickets', 'users', 'comments'];

/** A user field or customer property as a number; helpdesks keep decimals as text ("1,200.50"). */
export function numberValue(raw: unknown): number | null {
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw.replace(/[,\s]/g, '')) : raw;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** An order count: a whole number, not below 0. */
export const orderCountValue = (raw: unknown): number | null => {
  const n = numberValue(raw);
  return n === null ? null : Math.max(0, Math.round(n));
};
