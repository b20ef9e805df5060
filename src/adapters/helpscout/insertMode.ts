import type { HelpdeskAdapter, InsertOptions } from '../types';

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

/** What one tag step did: added to the conversation, or only shown to the agent in a notification to add by hand. */
export interface TagsResult {
  applied: boolean;
}

/** What Insert and the tags will do here, for a panel that words its buttons and confirmations truthfully. */
export interface InsertBehaviour {
  reply: InsertMode;
  note: InsertMode;
  tagsApplied: boolean;
}

/**
 * The Help Scout adapter: the shared interface, except that Insert and the tags answer what they did, and it can
 * say beforehand what they will do. `asHelpdeskAdapter` narrows it to today's shared interface for the panel.
 */
export interface HelpScoutAdapter extends Omit<HelpdeskAdapter, 'insertReply' | 'addTags'> {
  insertBehaviour(): Promise<InsertBehaviour>;
  insertReply(text: string, options: InsertOptions): Promise<InsertResult>;
  addTags(tags: readonly string[]): Promise<TagsResult>;
}

export function asHelpdeskAdapter(adapter: HelpScoutAdapter): HelpdeskAdapter {
  return {
    ...adapter,
    insertReply: async (text, options) => void (await adapter.insertReply(text, options)),
    addTags: async (tags) => void (await adapter.addTags(tags)),
  };
}

/** The API would publish a note at once, so a note is always copied; a reply is a draft only when writing is on. */
export const behaviourFor = (writeDrafts: boolean): InsertBehaviour => ({ reply: writeDrafts ? 'draft' : 'clipboard', note: 'clipboard', tagsApplied: writeDrafts });
