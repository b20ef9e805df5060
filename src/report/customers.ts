import type { Tier } from '../rules';
import type { ReportTicket } from './types';

/** One requester, as of their latest ticket in the input. */
export interface CustomerFigures {
  key: string;
  name: string | null;
  /** Their tickets in the input. */
  tickets: number;
  tier: Tier;
  value: number | null;
  /** Cost to serve at their latest ticket: (earlier tickets in the year + 1) × cost per ticket (SPEC §3). */
  supportCost: number;
  /** Cost to serve at or above drainRatio × lifetime value (SPEC §2). */
  drain: boolean;
  /** How many of their tickets were answered with VIP goodwill. */
  goodwill: number;
  latest: ReportTicket;
}

const later = (a: ReportTicket, b: ReportTicket) => (a.context?.at ?? -Infinity) >= (b.context?.at ?? -Infinity);

/**
 * The requesters of the tickets, each with the value and cost of their latest ticket (the latest in the input when
 * two share a date). Tickets without a context or a requester are in no customer.
 */
export function customersOf(tickets: readonly ReportTicket[], drainRatio: number): CustomerFigures[] {
  const byKey = new Map<string, CustomerFigures>();
  for (const ticket of tickets) {
    const key = ticket.context?.customerKey;
    if (!key) continue;
    const known = byKey.get(key);
    const goodwill = ticket.action === 'vip_goodwill' ? 1 : 0;
    if (known && !later(ticket, known.latest)) {
      known.tickets++;
      known.goodwill += goodwill;
      continue;
    }
    byKey.set(key, {
      key,
      name: ticket.context?.customerName ?? known?.name ?? null,
      tickets: (known?.tickets ?? 0) + 1,
      tier: ticket.tier,
      value: ticket.value,
      supportCost: ticket.supportCost,
      drain: ticket.value !== null && ticket.supportCost >= drainRatio * ticket.value,
      goodwill: (known?.goodwill ?? 0) + goodwill,
      latest: ticket,
    });
  }
  return [...byKey.values()];
}

/** What a customer costs beyond what they brought in. */
export const netCost = (c: CustomerFigures): number => c.supportCost - (c.value ?? 0);

/** The net drains, the largest loss first. */
export function topDrains(customers: readonly CustomerFigures[]): CustomerFigures[] {
  return customers.filter((c) => c.drain).sort((a, b) => netCost(b) - netCost(a) || a.key.localeCompare(b.key));
}

/** The customers given VIP goodwill, the most often first, then the most valuable. */
export function goodwillCustomers(customers: readonly CustomerFigures[]): CustomerFigures[] {
  return customers.filter((c) => c.goodwill > 0).sort((a, b) => b.goodwill - a.goodwill || (b.value ?? 0) - (a.value ?? 0) || a.key.localeCompare(b.key));
}
