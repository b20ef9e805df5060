import type { TicketContext } from '../rules/types';
import type { ValueFigure } from './valueSource';

/** What a read could not get, as a code the panel words in the agent's language. */
export const WARNING_CODES = [
  'requester_missing',
  'ltv_missing',
  'order_count_missing',
  'field_key_invalid',
  'comments_unreadable',
  'history_unavailable',
  'history_rate_limited',
  'history_truncated',
  // A value source could not be read (`source`, `reason`); the next one was asked.
  'value_source_failed',
  // No source knew a customer with this e-mail (`sources`).
  'value_unmatched',
  'value_no_email',
  // A value-source setting was not understood (`detail`); that source is off.
  'value_setting_invalid',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface ReadWarning {
  code: WarningCode;
  /** Values for the message's slots, such as the field key or a count. */
  values?: Record<string, string | number>;
}

export interface ContextRead {
  context: TicketContext;
  warnings: ReadWarning[];
  /** Where the lifetime value came from and when; absent when no source had one. */
  value?: ValueFigure;
}

export interface InsertOptions {
  /** An internal note instead of a public reply. */
  internal: boolean;
}

/**
 * Where Insert puts the text. Zendesk appends to the editor; Help Scout's SDK cannot write into its editor, so
 * the text goes to the clipboard, or is saved as a draft reply (never sent) when the server allows writing.
 */
export const INSERT_MODES = ['editor', 'clipboard', 'draft'] as const;
export type InsertMode = (typeof INSERT_MODES)[number];

/** What one Insert did. */
export interface InsertResult {
  mode: InsertMode;
}

/** What one tag step did: added to the ticket, or only shown to the agent to add by hand. */
export interface TagsResult {
  applied: boolean;
}

/** What one sync of a user tag did. */
export type CustomerTagResult = 'added' | 'removed' | 'unchanged' | 'off';

/** What Insert and the tags will do here, so the panel can word its buttons and confirmations truthfully. */
export interface InsertBehaviour {
  reply: InsertMode;
  note: InsertMode;
  tagsApplied: boolean;
}

/** The only way the app talks to a helpdesk. Failures reject with the typed errors of `./errors`. */
export interface HelpdeskAdapter {
  /** The helpdesk's name as agents know it, for messages: "Zendesk", "Help Scout". */
  readonly helpdesk: string;
  /** The installation's raw settings, for `parseSettings`. */
  readSettings(): Promise<unknown>;
  /** The agent's locale, such as `en-US` or `ar`. */
  readAgentLocale(): Promise<string>;
  /** The open ticket, its requester and their history; what could not be read is said in `warnings`. */
  readContext(): Promise<ContextRead>;
  /** What Insert and the tags will do, before the agent clicks. */
  insertBehaviour(): Promise<InsertBehaviour>;
  /**
   * Puts the text where this helpdesk can (`InsertResult.mode`). In an editor it goes after what the agent has typed,
   * never replacing the draft, and rejects with DraftConflictError, changing nothing, when the editor holds a draft
   * of the other kind.
   */
  insertReply(text: string, options: InsertOptions): Promise<InsertResult>;
  /** Adds the tags, or shows them to the agent to add by hand (`applied: false`). */
  addTags(tags: readonly string[]): Promise<TagsResult>;
  /**
   * The plain text the agent has typed in the helpdesk's reply editor, for the litmus test; absent where the
   * helpdesk lets no app read its editor (Help Scout).
   */
  readDraft?(): Promise<string>;
  /**
   * Puts `tag` on the requester's user tags or takes it off, so Zendesk's triggers and views can use it (user tags are
   * copied onto their new tickets). Writes nothing when the tags already say so, or when the setting turns it off.
   */
  syncCustomerTag?(tag: string, present: boolean): Promise<CustomerTagResult>;
  resize(height: number): void;
  /** Calls back when the ticket's requester changes; returns the unsubscribe. */
  onContextChange(listener: () => void): () => void;
}
