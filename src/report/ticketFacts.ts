import type { TicketContext } from '../rules';
import type { TicketFacts } from './types';

const present = (value: string | number | undefined): string | null => (value === undefined || String(value).trim() === '' ? null : String(value));

/**
 * What the report keeps of a valid context: the rest (comments, history) is let go as soon as it is read, so that a
 * large audit holds a few fields per ticket.
 */
export function ticketFacts(context: TicketContext): TicketFacts {
  const { customer, ticket } = context;
  const opened = ticket.createdAt ?? context.now;
  const at = opened === undefined ? NaN : Date.parse(opened);
  return {
    id: context.id,
    ticketId: present(ticket.id) ?? context.id,
    customerKey: present(customer.id) ?? present(customer.email?.toLowerCase()),
    customerName: present(customer.name) ?? present(customer.email),
    at: Number.isNaN(at) ? null : at,
  };
}
