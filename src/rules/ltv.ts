import type { Settings } from './settings';
import type { Customer, LtvAssessment, Tier } from './types';

/**
 * The customer's lifetime-value tier (SPEC §3).
 * @example ltvTier({ lifetimeValue: 1840, orderCount: 12, tags: [] }, DEFAULT_SETTINGS) // 'vip'
 */
export function ltvTier(customer: Pick<Customer, 'lifetimeValue' | 'orderCount'>, settings: Settings): Tier {
  const value = customer.lifetimeValue;
  if (value === null) return 'unknown';
  // A value below zero (refunds past what was paid) is a customer who has ordered, not a new one: SPEC §3 says
  // "otherwise standard".
  if (value === 0 || customer.orderCount === 0) return 'new';
  if (value >= settings.vipThreshold) return 'vip';
  if (value >= settings.loyalThreshold) return 'loyal';
  return 'standard';
}

/**
 * Tier, value and cost to serve: (earlier tickets in the last year + 1) × cost per ticket, and its ratio to LTV.
 * The ratio is 'infinite' when LTV is 0 or below (no ratio of cost to value makes sense) and null when LTV is unknown:
 * two different answers, which JSON would both write as null were the first the number Infinity.
 */
export function ltvAssessment(customer: Customer, ticketsLastYear: number, settings: Settings): LtvAssessment {
  const value = customer.lifetimeValue;
  const supportCost = (ticketsLastYear + 1) * settings.costPerTicket;
  let costRatio: number | 'infinite' | null = null;
  if (value !== null) costRatio = value > 0 ? Math.round((supportCost / value) * 1000) / 1000 : 'infinite';
  return { tier: ltvTier(customer, settings), value, supportCost, costRatio };
}
