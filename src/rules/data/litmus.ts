import type { Action } from '../types';

/** Why a reply would read badly if the whole conversation were published (issue 12). */
export const LITMUS_KINDS = [
  'insult',
  'sarcasm',
  'passive_aggressive',
  'blame',
  'threat',
  'shouting',
  'too_long',
  'promise_beyond_policy',
  'internal_leak',
  'unfilled_slot',
] as const;
export type LitmusKind = (typeof LITMUS_KINDS)[number];

/** The kinds found by phrases; the others are measured (capitals, length, slots). */
export type PhraseKind = Exclude<LitmusKind, 'shouting' | 'too_long' | 'unfilled_slot'>;

/** One language's phrases for the litmus test: regular-expression sources run on normalised text (lower case). */
export interface LitmusLexicon {
  /** Per kind, the phrases that make a reply fail. */
  phrases: Record<PhraseKind, readonly string[]>;
  /** A negator shortly before an offer in the same clause makes it none: "we are not able to offer a refund". */
  negator: string;
  /** Words that open a clause a negator does not reach past. */
  clauseBreak: string;
  /**
   * Words opening a condition: an offer in a conditional sentence is the policy's consequence, not an offer
   * ("if this continues, we will close the account and refund you").
   */
  conditional: string;
  /** Words of an ending: only a condition that ends the relationship makes an offer the policy's consequence. */
  ending: string;
  /** One short suggestion per kind, for the agent. */
  suggestions: Record<LitmusKind, string>;
}

/**
 * Actions whose reply must not offer money, goods or an exception: the policy declines, warns, explains or routes
 * the matter through the dispute. Endings (the legal one too: SPEC §5 refunds in full), goodwill and a resolution
 * may offer a refund.
 */
export const NO_OFFER_ACTIONS: ReadonlySet<Action> = new Set(['decline_politely', 'explain_policy', 'warning_shot', 'dispute_process']);

/**
 * The longest reply, in words, each action needs before it reads as a lecture: about three times the body of its
 * template with greeting and sign-off, so a reply the agent personalises has room.
 */
export const WORD_LIMITS: Readonly<Record<Action, number>> = {
  // A fix may need its steps written out.
  resolve: 145,
  explain_policy: 120,
  decline_politely: 110,
  vip_goodwill: 110,
  warning_shot: 140,
  terminate_with_refund: 140,
  terminate_legal: 130,
  dispute_process: 120,
  walk_away: 110,
};

/** When no action is known (a reply the agent wrote for a ticket of no assessment). */
export const DEFAULT_WORD_LIMIT = 140;

/** Arabic says as much in fewer words (its clitics are words of their own in English): its limits are this share. */
export const ARABIC_WORD_SHARE = 0.75;

// Written in capitals on purpose and no shouting: acronyms, codes and units a reply may hold.
export const ACRONYMS: ReadonlySet<string> = new Set(
  (
    'API APP ATM CEO CSV CVV DHL DIY DM DNS EMI ETA EU FAQ GB GDPR GST HD HR HTML HTTP HTTPS IBAN ID IOS IP IT KB KYC ' +
    'LCD LED MB NHS OK OTP PC PDF PIN PM AM POS PS PST QR RMA SaaS SIM SKU SMS SSL SSO TB TV UAE UK UPS URL US USA USB ' +
    'USD USPS VAT VPN WIFI XL XXL XS AED SAR EGP KWD QAR BHD OMR JOD EUR GBP CAD AUD FEDEX ARAMEX SMSA DPD GLS TNT ' +
    'AWS CPU GPU RAM SSD HDD NFC GPS 2FA MFA PDFS IDS FAQS DMS APPS ASAP FYI RSVP TBD TBC NB'
  )
    .split(' ')
    .map((w) => w.toUpperCase()),
);
