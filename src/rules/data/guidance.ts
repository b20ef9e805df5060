import type { Action, Variant } from '../types';

/** A warning or an ending, whose reason depends on the behaviour it answers. */
export type VariantKey = `${'warning_shot' | 'terminate_with_refund'}.${Variant}`;

/** What the agent reads beside a response, in the agent's language. Slots as in the reply templates. */
export interface Guidance {
  /** One line for the agent: why this response. */
  rationale: Record<Action, string>;
  /** Where the reason matters: a warning or an ending for repeated docs questions is not one for abuse. */
  variantRationale: Record<VariantKey, string>;
  /** What the agent must do off-ticket, where anything. */
  internalNote: Partial<Record<Action, string>>;
  /** Where a review may already be posted: reply once, diplomatically, on the review site. */
  reviewNote: string;
}

export const GUIDANCE_EN: Guidance = {
  rationale: {
    terminate_legal: 'A legal threat skips the warning shot: refund in full, end the relationship, and move the matter to counsel.',
    dispute_process: 'A chargeback goes through the dispute process, not around it: no separate refund or reship while it is open.',
    warning_shot: 'First abuse on record: a clear, polite warning that the next occurrence ends the relationship.',
    terminate_with_refund: 'A warning is already on record and it happened again: explain, refund in full and end the relationship.',
    walk_away: 'The relationship was ended earlier: help only with data export, no further engagement.',
    decline_politely: 'The request goes beyond what was promised: decline politely and offer what the policy covers.',
    vip_goodwill: 'The customer caused this, but their lifetime value puts them in a goodwill tier: take care of it anyway.',
    explain_policy: 'The customer caused this or it is outside our control: explain the policy and help within it.',
    resolve: 'Our mistake or a normal request: fix it in full.',
  },
  variantRationale: {
    'warning_shot.will': 'Questions the guides answer, with a pattern behind them: point to the guides, and warn politely that routine set-up is not something we do.',
    'warning_shot.belle': 'First abuse on record: a clear, polite warning that the next occurrence ends the relationship.',
    'warning_shot.xavier': 'A review threat changes nothing: handle the request under the usual policy, as if there were no threat.',
    'terminate_with_refund.will': 'Warned already and the pattern goes on: explain, refund in full and end the relationship.',
    'terminate_with_refund.belle': 'Warned already about abuse and it happened again: explain, refund in full and end the relationship.',
    'terminate_with_refund.xavier': 'Warned already about review threats and they went on: explain, refund in full and end the relationship.',
  },
  internalNote: {
    terminate_legal: 'Forward this ticket to counsel[[ ({counselEmail})]] and stop discussing the matter with the customer.',
    dispute_process: 'Answer through the dispute with the bank or payment processor, with the order evidence; do not refund or reship outside it.',
  },
  reviewNote: 'If a review is already posted, reply to it once, diplomatically and factually, on the review site.',
};
