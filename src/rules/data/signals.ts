import type { Behaviour } from '../types';

/** Every signal a lexicon can find, and the behaviour it points to. */
export const SIGNAL_BEHAVIOUR = {
  legal_threat: 'legal_threat',
  regulator_complaint: 'legal_threat',
  chargeback: 'payment_dispute',
  review_threat: 'review_extortion',
  review_leverage: 'review_extortion',
  insult: 'belligerent',
  abusive_profanity: 'belligerent',
  docs_question: 'willful_ignorance',
  do_it_for_me: 'willful_ignorance',
  self_help_refused: 'willful_ignorance',
  beyond_policy: 'unreasonable_demand',
  asks_free: 'unreasonable_demand',
  excessive_compensation: 'unreasonable_demand',
  policy_exception: 'unreasonable_demand',
  wrong_address: 'customer_error',
  delivered_not_received: 'customer_error',
  terms_not_read: 'customer_error',
  ordered_wrong_item: 'customer_error',
  own_mistake: 'customer_error',
  our_mistake: 'legitimate',
  // The words that moved the learned model, where no lexicon entry found the behaviour it chose (classify.ts).
  learned_legal_threat: 'legal_threat',
  learned_payment_dispute: 'payment_dispute',
  learned_review_extortion: 'review_extortion',
  learned_belligerent: 'belligerent',
  learned_willful_ignorance: 'willful_ignorance',
  learned_unreasonable_demand: 'unreasonable_demand',
  learned_customer_error: 'customer_error',
} as const satisfies Record<string, Behaviour>;

export type SignalKind = keyof typeof SIGNAL_BEHAVIOUR;
