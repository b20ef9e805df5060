/**
 * What the companion server and the panel say to each other over HTTP (src/companion/routes.ts answers, the adapters'
 * companion clients read). One definition for both sides, so a field renamed on one cannot silently vanish on the other.
 */

/** A thread as the companion server passes it on from the Mailbox API. */
export interface ApiThread {
  id: number;
  type: string;
  state: string | null;
  body: string;
  createdAt: string | null;
  createdBy: { type: string; id: number | null } | null;
}

/** One of the customer's earlier conversations. */
export interface ApiConversation {
  id: number;
  /** The number agents see; the panel does not need it. */
  number?: number | null;
  subject: string;
  preview: string;
  status: string;
  createdAt: string;
  tags: string[];
}

/** GET /api/config */
export interface CompanionSettings {
  settings: Record<string, unknown>;
  /** The server may save drafts and add tags; otherwise the reply goes to the clipboard. */
  writeDrafts: boolean;
}

/** GET /api/conversations/:id/threads */
export interface ThreadsAnswer {
  threads: ApiThread[];
  truncated: boolean;
}

/** GET /api/customers/:id/conversations */
export interface HistoryAnswer {
  conversations: ApiConversation[];
  truncated: boolean;
}

/**
 * GET /api/value/shopify on the companion, and the answer a shop's own value endpoint gives: the same shape, so one
 * parser reads both (src/adapters/value/valueAnswer.ts).
 */
export interface ValueAnswer {
  lifetimeValue: number;
  orderCount: number | null;
  currency: string;
}
