import type { Action, Behaviour, Tier } from '../rules';

/** What the report reads from one assessment line (the output of `fairline assess`, SPEC §6). */
export interface AssessedTicket {
  id: string;
  tier: Tier;
  value: number | null;
  supportCost: number;
  behaviour: Behaviour;
  action: Action;
  /** The customer's words behind the behaviour, when any were found. */
  evidence: string | null;
}

/** What the report keeps of a ticket's context (SPEC §1): who asked, when, and the helpdesk's ticket id. */
export interface TicketFacts {
  id: string;
  /** The helpdesk's ticket id (`ticket.id`), else the case id: what a link to the ticket is made from. */
  ticketId: string;
  /** The requester's id, else their email; null when the context names neither. */
  customerKey: string | null;
  customerName: string | null;
  /** When the ticket was opened (`ticket.createdAt`, else the context's `now`), in ms since 1970; null when unknown. */
  at: number | null;
}

/** An assessment joined with its context by id; `context` is null when the contexts held none for it. */
export interface ReportTicket extends AssessedTicket {
  context: TicketFacts | null;
}
