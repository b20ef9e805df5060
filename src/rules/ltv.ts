import type { Settings } from './settings';
import type { Customer, LtvAssessment, Tier } from './types';

/**
 * The customer's lifetime-value tier (SPEC §3).
 * @example ltvTier({ lifetimeValue: 1840, orderCount: 12, tags: [] }, DEFAULT_SETTINGS) // 'vip'
 */
export function ltvTier(customer: Pick<Customer, 'lifetimeValue' | 'orderCount'>, settings: Settings): Tier {
  const value = customer.lifetimeValue;
  if (value === null) return 'unknown';
  if (value <= 0 || customer.orderCount === 0) return 'new';
  if (value >= settings.vipThreshold) return 'vip';
  if (value >= settings.loyalThreshold) return 'loyal';
  return 'standard';
}

/**
 * Tier, value and cost to serve: (earlier tickets in the last year + 1) × cost per ticket, and its ratio to LTV.
 * The ratio is Infinity when LTV is 0 and null when LTV is unknown.
 */
export function ltvAssessment(customer: Customer, ticketsLastYear: number, settings: Settings): LtvAssessment {
  const value = customer.lifetimeValue;
  const supportCost = (ticketsLastYear + 1) * settings.costPerTicket;
  let costRatio: number | null = null;
  if (value !== null) costRatio = value > 0 ? Math.round((supportCost / value) * 1000) / 1000 : Infinity;
  return { tier: ltvTier(customer, settings), value, supportCost, costRatio };
}
