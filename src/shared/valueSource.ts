/**
 * Where a customer's lifetime value comes from. The Zendesk user field (or Help Scout property) is read with the ticket;
 * the others are asked in the order the settings give, each through its own adapter (src/adapters/value/).
 */
export const EXTERNAL_SOURCES = ['stripe', 'shopify', 'endpoint'] as const;
export type ExternalSource = (typeof EXTERNAL_SOURCES)[number];
export type ValueSourceName = 'field' | ExternalSource;

/** What one source knows about a customer; amounts in major units of `currency`. */
export interface CustomerValue {
  lifetimeValue: number;
  orderCount: number | null;
  /** ISO 4217, upper case; null when the source does not say (the user field). */
  currency: string | null;
  /** Charges the customer disputed with their bank (Stripe only; null where the source cannot know). */
  disputes: number | null;
}

/** The figure the panel shows, with where it came from and when it was read. */
export interface ValueFigure extends CustomerValue {
  source: ValueSourceName;
  /** ISO 8601; when the source answered (a cached figure keeps its first time). */
  readAt: string;
}

/** Who to look up: sources match by e-mail; the id keys the per-requester cache. */
export interface ValueLookup {
  requesterId: string;
  email: string;
}

/** One source: the customer's value, or null when it knows no customer with that e-mail. Failures reject with shared/errors. */
export interface ValueSource {
  readonly name: ExternalSource;
  read(who: ValueLookup): Promise<CustomerValue | null>;
}
