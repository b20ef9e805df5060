import { BEHAVIOURS, type Action, type Behaviour } from '../rules';
import { customersOf, goodwillCustomers, topDrains, type CustomerFigures } from './customers';
import { ESCALATIONS, escalationsOf, type Escalation } from './escalations';
import { monthsOf, type Months } from './months';
import { scatterOf, type Scatter } from './scatter';
import type { ReportTicket } from './types';

/** The responses that end a relationship (a walk-away follows an ending already made). */
export const ENDINGS = ['terminate_legal', 'terminate_with_refund'] as const satisfies readonly Action[];

export interface Headline {
  tickets: number;
  customers: number;
  escalations: number;
  byEscalation: Record<Escalation, number>;
  netDrains: number;
  warnings: number;
  endings: number;
  goodwill: number;
  goodwillCustomers: number;
  /** The lifetime value of the customers given goodwill, together. */
  goodwillValue: number;
}

/** Everything the report shows, computed once from the joined tickets. */
export interface Figures {
  headline: Headline;
  behaviours: Record<Behaviour, number>;
  months: Months;
  scatter: Scatter;
  drains: CustomerFigures[];
  escalations: ReportTicket[];
  goodwill: CustomerFigures[];
  /** Tickets whose context was missing from the contexts file. */
  withoutContext: number;
  /** Tickets whose context names no requester (no customer id or email). */
  withoutCustomer: number;
}

export interface FigureOptions {
  /** Settings' drainRatio (SPEC §2): cost to serve at or above this many times the lifetime value is a net drain. */
  drainRatio: number;
}

const countWhere = <T>(list: readonly T[], holds: (item: T) => boolean) => list.reduce((n, item) => n + (holds(item) ? 1 : 0), 0);

/**
 * The report's figures from assessments joined with their contexts.
 * @example computeFigures(tickets, { drainRatio: 2 }).headline.escalations
 */
export function computeFigures(tickets: readonly ReportTicket[], { drainRatio }: FigureOptions): Figures {
  const customers = customersOf(tickets, drainRatio);
  const behaviours = Object.fromEntries(BEHAVIOURS.map((b) => [b, 0])) as Record<Behaviour, number>;
  for (const t of tickets) behaviours[t.behaviour]++;
  const byEscalation = Object.fromEntries(ESCALATIONS.map((b) => [b, behaviours[b]])) as Record<Escalation, number>;
  const drains = topDrains(customers);
  const goodwill = goodwillCustomers(customers);
  return {
    headline: {
      tickets: tickets.length,
      customers: customers.length,
      escalations: ESCALATIONS.reduce((n, b) => n + behaviours[b], 0),
      byEscalation,
      netDrains: drains.length,
      warnings: countWhere(tickets, (t) => t.action === 'warning_shot'),
      endings: countWhere(tickets, (t) => (ENDINGS as readonly Action[]).includes(t.action)),
      goodwill: countWhere(tickets, (t) => t.action === 'vip_goodwill'),
      goodwillCustomers: goodwill.length,
      goodwillValue: goodwill.reduce((sum, c) => sum + (c.value ?? 0), 0),
    },
    behaviours,
    months: monthsOf(tickets),
    scatter: scatterOf(customers),
    drains,
    escalations: escalationsOf(tickets),
    goodwill,
    withoutContext: countWhere(tickets, (t) => t.context === null),
    withoutCustomer: countWhere(tickets, (t) => t.context !== null && t.context.customerKey === null),
  };
}
