import type { Context } from '@helpscout/javascript-sdk';
import { AGENT } from '../demo/people';
import type { DemoTicket, DemoUser } from '../demo/types';
import { isoDaysAgo, toHtml, type Workspace } from '../model';

/** The demo workspace's tickets in Help Scout's shapes: SDK context for the sidebar, Mailbox API 2.0 for the server. */

export const MAILBOX = { id: 7001, name: 'Northwind Support', email: 'help@northwind.example' };

const nameParts = (name: string) => {
  const [first = '', ...rest] = name.split(' ');
  return { firstName: first, lastName: rest.join(' ') };
};

const PROPERTY_NAMES: Record<string, string> = { lifetime_value: 'Lifetime value', order_count: 'Order count' };

/** Customer properties: Help Scout keeps every value as text; a missing one is simply not listed. */
function properties(user: DemoUser) {
  return Object.entries(user.fields)
    .filter(([, value]) => value !== null)
    .map(([slug, value]) => ({ slug, name: PROPERTY_NAMES[slug] ?? slug, value: String(value), text: String(value), type: 'number' as const }));
}

/** What `HelpScout.getApplicationContext()` resolves with while the ticket is open. */
export function sdkContext(w: Workspace, ticketId: number): Context {
  const ticket = w.tickets.get(ticketId);
  const user = ticket ? w.users.get(ticket.requesterId) : undefined;
  if (!ticket || !user) return { mailbox: MAILBOX };
  const email = { id: user.id * 10, value: user.email };
  const agent = nameParts(AGENT.name);
  return {
    company: { id: 1 },
    mailbox: MAILBOX,
    user: { id: AGENT.id, firstName: agent.firstName, lastName: agent.lastName, email: AGENT.email, initials: 'JR', photoUrl: '', isAdmin: false },
    conversation: {
      id: ticket.id,
      number: ticket.id - 4000,
      subject: ticket.subject,
      status: ticket.status === 'pending' ? 'pending' : ticket.status === 'solved' || ticket.status === 'closed' ? 'closed' : 'active',
      tags: ticket.tags.map((tag, i) => ({ id: i + 1, tag })),
      customerId: user.id,
      customers: [{ id: user.id, ...nameParts(user.name), emails: [{ ...email, default: true }] }],
      customFields: [],
      following: false,
      mailboxId: MAILBOX.id,
      assignee: { id: AGENT.id, first: agent.firstName, last: agent.lastName, type: 'user', email: AGENT.email },
    },
    customer: {
      id: user.id,
      ...nameParts(user.name),
      emails: [email],
      phones: [],
      photoUrl: '',
      conversationCount: [...w.tickets.values()].filter((t) => t.requesterId === user.id).length,
      note: '',
      properties: properties(user),
      socialProfiles: [],
      websites: [],
    },
  };
}

/** The conversation's threads as `GET /v2/conversations/{id}/threads` lists them: newest first. */
export function apiThreads(w: Workspace, ticket: DemoTicket): Record<string, unknown>[] {
  const user = w.users.get(ticket.requesterId);
  return ticket.comments
    .map((c, i) => {
      const fromCustomer = c.from === 'customer' && user;
      return {
        id: ticket.id * 100 + i,
        type: fromCustomer ? 'customer' : c.internal ? 'note' : 'message',
        status: 'active',
        state: 'published',
        body: toHtml(c.body),
        createdAt: isoDaysAgo(w, c.daysAgo),
        createdBy: fromCustomer ? { id: user.id, type: 'customer', email: user.email } : { id: AGENT.id, type: 'user', email: AGENT.email },
      };
    })
    .reverse();
}

/** A conversation as `GET /v2/conversations` lists it. */
export function apiConversation(w: Workspace, ticket: DemoTicket): Record<string, unknown> {
  const user = w.users.get(ticket.requesterId);
  return {
    id: ticket.id,
    number: ticket.id - 4000,
    subject: ticket.subject,
    status: ticket.status === 'solved' || ticket.status === 'closed' ? 'closed' : ticket.status === 'pending' ? 'pending' : 'active',
    state: 'published',
    mailboxId: MAILBOX.id,
    createdAt: isoDaysAgo(w, ticket.daysAgo),
    preview: (ticket.comments[0]?.body ?? '').slice(0, 255),
    tags: ticket.tags.map((tag, i) => ({ id: i + 1, color: '#999', tag })),
    primaryCustomer: user ? { id: user.id, email: user.email, ...nameParts(user.name) } : null,
  };
}
