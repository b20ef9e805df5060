import type { Behaviour } from '../rules';
import type { ReportTicket } from './types';

/** The behaviours that are threats to the business: a legal threat, a payment dispute, review extortion. */
export const ESCALATIONS = ['legal_threat', 'payment_dispute', 'review_extortion'] as const satisfies readonly Behaviour[];
export type Escalation = (typeof ESCALATIONS)[number];

const isEscalation = (b: Behaviour): b is Escalation => (ESCALATIONS as readonly Behaviour[]).includes(b);

/** The legal threats, disputes and extortion, the newest first; undated ones last, in the input's order. */
export function escalationsOf(tickets: readonly ReportTicket[]): ReportTicket[] {
  return tickets
    .filter((t) => isEscalation(t.behaviour))
    .map((t, order) => ({ t, order }))
    // Two undated tickets give NaN, which falls through to the input's order.
    .sort((a, b) => (b.t.context?.at ?? -Infinity) - (a.t.context?.at ?? -Infinity) || a.order - b.order)
    .map(({ t }) => t);
}
