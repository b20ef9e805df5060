import type { AssessedTicket, ReportTicket, TicketFacts } from './types';

/** Each assessment with the context of the same id, or null when the contexts held none. */
export function joinTickets(assessed: readonly AssessedTicket[], contexts: ReadonlyMap<string, TicketFacts>): ReportTicket[] {
  return assessed.map((a) => ({ ...a, context: contexts.get(a.id) ?? null }));
}
