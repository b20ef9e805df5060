import type { Facts } from './facts';
import { behaviourTag, type Settings } from './settings';
import type { Action, Behaviour, Variant } from './types';

export interface Decision {
  action: Action;
  variant: Variant | null;
}

const VARIANT: Partial<Record<Behaviour, Variant>> = {
  willful_ignorance: 'will',
  belligerent: 'belle',
  review_extortion: 'xavier',
};

/** The policy ladder (SPEC §5): the first row that applies decides. */
const POLICY: readonly { when: (b: Behaviour, f: Facts, s: Settings) => boolean; then: (b: Behaviour, f: Facts, s: Settings) => Action }[] = [
  // A legal threat skips the warning shot, and stays with counsel even for a terminated customer.
  { when: (b) => b === 'legal_threat', then: () => 'terminate_legal' },
  { when: (_, f) => f.terminated, then: () => 'walk_away' },
  { when: (b) => b === 'payment_dispute', then: () => 'dispute_process' },
  // LTV never buys an exemption from the abuse ladder.
  { when: (b) => VARIANT[b] !== undefined, then: (_, f) => (f.priorWarning ? 'terminate_with_refund' : 'warning_shot') },
  { when: (b) => b === 'unreasonable_demand', then: () => 'decline_politely' },
  { when: (b) => b === 'customer_error', then: (_, f, s) => (s.goodwillTiers.includes(f.ltv.tier) ? 'vip_goodwill' : 'explain_policy') },
  { when: () => true, then: () => 'resolve' },
];

const ADDRESSED: readonly Action[] = ['warning_shot', 'terminate_with_refund', 'walk_away'];

/**
 * The suggested action for a behaviour, given the facts and settings.
 * @example decide('belligerent', facts, settings) // { action: 'warning_shot', variant: 'belle' }
 */
export function decide(behaviour: Behaviour, facts: Facts, settings: Settings): Decision {
  const row = POLICY.find((r) => r.when(behaviour, facts, settings));
  const action = row ? row.then(behaviour, facts, settings) : 'resolve';
  return { action, variant: ADDRESSED.includes(action) ? (VARIANT[behaviour] ?? null) : null };
}

/** The tags that inserting the response adds. */
export function responseTags(behaviour: Behaviour, decision: Decision, facts: Facts, settings: Settings): string[] {
  const { tags } = settings;
  const list: string[] = [];
  if (decision.action === 'warning_shot') list.push(tags.warning);
  if (decision.action === 'terminate_legal' || decision.action === 'terminate_with_refund' || decision.action === 'walk_away') list.push(tags.terminated);
  if (facts.ltv.tier === 'vip') list.push(tags.vip);
  list.push(behaviourTag(tags, behaviour));
  return list;
}
