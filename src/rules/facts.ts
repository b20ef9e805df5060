import { ltvAssessment } from './ltv';
import { replyLanguage } from './language';
import { behaviourTag, type Settings } from './settings';
import { ageMs, isWithinDays } from './time';
import { BEHAVIOURS, type Behaviour, type HistoryTicket, type Language, type LtvAssessment, type Signal, type TicketContext } from './types';

/** Everything the classification and the policy need, computed once per context. */
export interface Facts {
  ltv: LtvAssessment;
  signals: Signal[];
  /** Earlier tickets inside `repeatWindowDays`. */
  recentTickets: number;
  /** Earlier tickets in the last 30 days. */
  ticketsLastMonth: number;
  /** Earlier tickets in the last 365 days. */
  ticketsLastYear: number;
  repeatPattern: boolean;
  /** Support cost at or above drainRatio × LTV. */
  netDrain: boolean;
  priorWarning: boolean;
  /** The latest warning on record within `warningMemoryDays`: its ticket, date and the behaviour it answered. */
  warning: TicketRecord | null;
  terminated: boolean;
  /** Earlier chargebacks the value source counted (null when it cannot know); shown to the agent, not used to classify. */
  priorDisputes: number | null;
  /** Where the ending is recorded: an earlier ticket, or null when only the customer carries the tag. */
  termination: TicketRecord | null;
  language: Language;
}

/** An earlier ticket a fact rests on, as the agent can look it up. */
export interface TicketRecord {
  ticketId: string | null;
  /** Calendar date (YYYY-MM-DD) of the ticket, or null when unknown. */
  date: string | null;
  /** The behaviour its Fairline tag records, when it has one. */
  behaviour: Behaviour | null;
}

/** The record of an earlier ticket: its id, date and the behaviour its tag names. */
function recordOf(ticket: HistoryTicket, settings: Settings): TicketRecord {
  const behaviour = BEHAVIOURS.find((b) => ticket.tags.includes(behaviourTag(settings.tags, b))) ?? null;
  const at = Date.parse(ticket.createdAt);
  return { ticketId: ticket.id === undefined ? null : String(ticket.id), date: Number.isNaN(at) ? null : new Date(at).toISOString().slice(0, 10), behaviour };
}

/** The most recent of the tickets `holds` selects, or null. */
function latest(history: readonly HistoryTicket[], holds: (ticket: HistoryTicket, k: number) => boolean): HistoryTicket | null {
  let found: HistoryTicket | null = null;
  history.forEach((ticket, k) => {
    if (holds(ticket, k) && (found === null || Date.parse(ticket.createdAt) > Date.parse(found.createdAt))) found = ticket;
  });
  return found;
}

/** How many of the earlier tickets' ages fall within `days`. */
function countWithin(ages: readonly (number | null)[], days: number): number {
  return ages.filter((age) => isWithinDays(age, days)).length;
}

/**
 * Computes the facts of one ticket context at time `now`, given the signals in the customer's words.
 * @example computeFacts(context, DEFAULT_SETTINGS, new Date('2026-11-01T12:00:00Z'), customerSignals(context.ticket.comments)).repeatPattern
 */
export function computeFacts(context: TicketContext, settings: Settings, now: Date, signals: Signal[]): Facts {
  const { customer, history, ticket } = context;
  // Each earlier ticket's age is read once; the windows below all count from it.
  const ages = history.map((h) => ageMs(h.createdAt, now));
  const ticketsLastYear = countWithin(ages, 365);
  const recentTickets = countWithin(ages, settings.repeatWindowDays);
  const ltv = ltvAssessment(customer, ticketsLastYear, settings);
  const { warning, terminated } = settings.tags;
  const warnedTicket = latest(history, (h, k) => h.tags.includes(warning) && isWithinDays(ages[k], settings.warningMemoryDays));
  const endedTicket = latest(history, (h) => h.tags.includes(terminated));

  return {
    ltv,
    signals,
    recentTickets,
    ticketsLastMonth: countWithin(ages, 30),
    ticketsLastYear,
    repeatPattern: recentTickets >= settings.repeatThreshold,
    netDrain: ltv.value !== null && ltv.supportCost >= settings.drainRatio * ltv.value,
    priorWarning: ticket.tags.includes(warning) || warnedTicket !== null,
    warning: warnedTicket
      ? recordOf(warnedTicket, settings)
      : ticket.tags.includes(warning)
        ? recordOf({ ...(ticket.id === undefined ? {} : { id: ticket.id }), createdAt: ticket.createdAt ?? '', tags: ticket.tags }, settings)
        : null,
    terminated: customer.tags.includes(terminated) || endedTicket !== null,
    priorDisputes: customer.disputes ?? null,
    termination: endedTicket ? recordOf(endedTicket, settings) : null,
    language: replyLanguage(customer.locale, ticket.comments),
  };
}
