import { ltvAssessment } from './ltv';
import { replyLanguage } from './language';
import type { Settings } from './settings';
import { ageMs, isWithinDays } from './time';
import type { Language, LtvAssessment, Signal, TicketContext } from './types';

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
  terminated: boolean;
  language: Language;
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

  return {
    ltv,
    signals,
    recentTickets,
    ticketsLastMonth: countWithin(ages, 30),
    ticketsLastYear,
    repeatPattern: recentTickets >= settings.repeatThreshold,
    netDrain: ltv.value !== null && ltv.supportCost >= settings.drainRatio * ltv.value,
    priorWarning:
      ticket.tags.includes(warning) || history.some((h, k) => h.tags.includes(warning) && isWithinDays(ages[k], settings.warningMemoryDays)),
    terminated: customer.tags.includes(terminated) || history.some((h) => h.tags.includes(terminated)),
    language: replyLanguage(customer.locale, ticket.comments),
  };
}
