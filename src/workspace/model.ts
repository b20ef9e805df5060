import { AGENT, USERS } from './demo/people';
import { EARLIER_TICKETS, OPEN_TICKETS } from './demo/tickets';
import type { DemoComment, DemoTicket, DemoUser } from './demo/types';
import type { Faults } from './faults';

const DAY_MS = 86_400_000;

export type CommentType = 'publicReply' | 'internalNote';

export interface Draft {
  text: string;
  type: CommentType;
}

/** Everything the workspace shows and the fake Zendesk answers from. */
export interface Workspace {
  loadedAt: number;
  users: Map<number, DemoUser>;
  tickets: Map<number, DemoTicket>;
  openIds: number[];
  drafts: Map<number, Draft>;
}

export function createWorkspace(loadedAt: number): Workspace {
  const all = [...OPEN_TICKETS, ...EARLIER_TICKETS].map((t) => structuredClone(t));
  return {
    loadedAt,
    users: new Map(USERS.map((u) => [u.id, structuredClone(u)])),
    tickets: new Map(all.map((t) => [t.id, t])),
    openIds: OPEN_TICKETS.map((t) => t.id),
    drafts: new Map(OPEN_TICKETS.map((t) => [t.id, { text: '', type: 'publicReply' }])),
  };
}

export const isoDaysAgo = (w: Workspace, days: number) => new Date(w.loadedAt - days * DAY_MS).toISOString();

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Comment bodies reach ZAF as HTML, as they do in Zendesk. */
export const toHtml = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');

/** A requester as ZAF's user object; user fields appear as `customField:<key>`. */
export function zafUser(user: DemoUser, faults: Faults): Record<string, unknown> {
  const fields = faults.noLtv ? {} : Object.fromEntries(Object.entries(user.fields).map(([k, v]) => [`customField:${k}`, v]));
  return { id: user.id, name: user.name, email: user.email, role: 'end-user', locale: user.locale, tags: [...user.tags], ...fields };
}

const agentUser = { id: AGENT.id, name: AGENT.name, email: AGENT.email, role: 'agent', locale: 'en-US', tags: [] };

function zafComment(w: Workspace, ticket: DemoTicket, comment: DemoComment, index: number, faults: Faults): Record<string, unknown> {
  const requester = w.users.get(ticket.requesterId);
  const author = comment.from === 'agent' || !requester ? agentUser : zafUser(requester, faults);
  return {
    id: ticket.id * 100 + index,
    value: toHtml(comment.body),
    author,
    imageAttachments: [],
    nonImageAttachments: [],
    createdAt: isoDaysAgo(w, comment.daysAgo),
  };
}

/** The open ticket as ZAF's ticket object. Comments come newest first, as Zendesk lists them. */
export function zafTicket(w: Workspace, id: number, faults: Faults): Record<string, unknown> | undefined {
  const ticket = w.tickets.get(id);
  if (!ticket) return undefined;
  const requester = w.users.get(ticket.requesterId);
  const comments = ticket.comments.map((c, i) => zafComment(w, ticket, c, i, faults)).reverse();
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.comments[0]?.body ?? '',
    status: ticket.status,
    tags: [...ticket.tags],
    createdAt: isoDaysAgo(w, ticket.daysAgo),
    updatedAt: isoDaysAgo(w, Math.min(...ticket.comments.map((c) => c.daysAgo), ticket.daysAgo)),
    requester: requester ? zafUser(requester, faults) : null,
    comments: faults.malformed ? comments.map((c, i) => (i === 0 ? { ...c, value: 42, author: null } : c)) : comments,
  };
}

/** A ticket as the REST API returns it. */
export function apiTicket(w: Workspace, ticket: DemoTicket): Record<string, unknown> {
  return {
    id: ticket.id,
    url: `https://fairline-demo.zendesk.com/api/v2/tickets/${ticket.id}.json`,
    subject: ticket.subject,
    raw_subject: ticket.subject,
    description: ticket.comments[0]?.body ?? '',
    status: ticket.status,
    tags: [...ticket.tags],
    requester_id: ticket.requesterId,
    submitter_id: ticket.requesterId,
    created_at: isoDaysAgo(w, ticket.daysAgo),
    updated_at: isoDaysAgo(w, Math.min(...ticket.comments.map((c) => c.daysAgo), ticket.daysAgo)),
  };
}

export function apiUser(user: DemoUser, faults: Faults): Record<string, unknown> {
  return {
    id: user.id,
    url: `https://fairline-demo.zendesk.com/api/v2/users/${user.id}.json`,
    name: user.name,
    email: user.email,
    role: 'end-user',
    locale: user.locale,
    tags: [...user.tags],
    user_fields: faults.noLtv ? {} : { ...user.fields },
  };
}

/** Reads a ZAF path such as `ticket.requester.customField:lifetime_value` from a root object. */
export function resolvePath(root: Record<string, unknown>, path: string): { found: boolean; value?: unknown } {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(key in node)) return { found: false };
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}
