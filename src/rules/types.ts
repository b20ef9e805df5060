import type { LitmusKind } from './data/litmus';
/** Value lists are the source of truth; the types are derived from them. */

export const TIERS = ['unknown', 'new', 'standard', 'loyal', 'vip'] as const;
export type Tier = (typeof TIERS)[number];

/** Behaviours in precedence order: the first that applies is the primary one. */
export const BEHAVIOURS = [
  'legal_threat',
  'payment_dispute',
  'review_extortion',
  'belligerent',
  'willful_ignorance',
  'unreasonable_demand',
  'customer_error',
  'legitimate',
] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export const ACTIONS = [
  'terminate_legal',
  'dispute_process',
  'warning_shot',
  'terminate_with_refund',
  'walk_away',
  'decline_politely',
  'vip_goodwill',
  'explain_policy',
  'resolve',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Who a warning or an ending is addressed to: Will, Belle or Xavier. */
export const VARIANTS = ['will', 'belle', 'xavier'] as const;
export type Variant = (typeof VARIANTS)[number];

export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Comment {
  author: 'customer' | 'agent';
  body: string;
  createdAt?: string;
  public?: boolean;
}

export interface Ticket {
  id?: string | number;
  subject?: string;
  createdAt?: string;
  tags: string[];
  comments: Comment[];
}

export interface Customer {
  id?: string | number;
  name?: string;
  email?: string;
  locale?: string;
  lifetimeValue: number | null;
  orderCount: number | null;
  /** Earlier payments the customer disputed with their bank (chargebacks), where the value source knows; a fact, not a classification input. */
  disputes?: number | null;
  tags: string[];
}

export interface HistoryTicket {
  id?: string | number;
  subject?: string;
  description?: string;
  createdAt: string;
  status?: string;
  tags: string[];
}

export interface TicketContext {
  id: string;
  now?: string;
  ticket: Ticket;
  customer: Customer;
  history: HistoryTicket[];
}

export interface Signal {
  kind: string;
  evidence: string;
  commentIndex: number;
  /** Offsets into the original, un-normalised comment body. */
  start: number;
  end: number;
}

export interface LtvAssessment {
  tier: Tier;
  value: number | null;
  supportCost: number;
  /** supportCost / value; 'infinite' when the value is 0 or below, null when it is unknown. */
  costRatio: number | 'infinite' | null;
}

export interface BehaviourAssessment {
  primary: Behaviour;
  confidence: number;
  signals: Signal[];
  /** Present when signals were left out of `signals`: at most 20 of one kind are reported per comment. */
  signalsOmitted?: number;
}

/** One thing in a reply that would read badly if the conversation were published. */
export interface LitmusFinding {
  kind: LitmusKind;
  /** The words of the reply that fail, as written. */
  evidence: string;
  /** Offsets into the reply. */
  start: number;
  end: number;
  /** What to do about it, in the reply's language. */
  suggestion: string;
}

/** The litmus test of a reply: it passes when nothing is found. */
export interface LitmusResult {
  pass: boolean;
  findings: LitmusFinding[];
}

/** One fact behind the response, for "Why this response": data the panel words in the agent's language. */
export type ResponseFact =
  | { kind: 'warning'; ticketId: string | null; date: string | null; behaviour: Behaviour | null }
  | { kind: 'terminated'; ticketId: string | null; date: string | null }
  | { kind: 'repeat'; tickets: number; days: number }
  | { kind: 'net_drain'; supportCost: number; value: number }
  | { kind: 'words'; evidence: string };

export interface PolicyResponse {
  action: Action;
  variant: Variant | null;
  rationale: string;
  reply: string;
  internalNote: string | null;
  /** For a review threat: one diplomatic public answer for the review site, should the review be posted. */
  reviewReply: string | null;
  tags: string[];
  language: Language;
  /** The litmus test of `reply`. */
  litmus: LitmusResult;
  /** The facts the response rests on: the warning that moved a case to an ending, a repeat pattern, net drain… */
  why: ResponseFact[];
}

export interface Assessment {
  id: string;
  ltv: LtvAssessment;
  behaviour: BehaviourAssessment;
  response: PolicyResponse;
}
