import type { InsertMode } from '../shared/adapter';
import type { InsertTarget, PanelState } from '../store';
import { usePanel } from '../store';

/** Translation keys for one way of inserting: the buttons before, during and after, what happened, and failures. */
export interface InsertWords {
  reply: string;
  note: string;
  busy: string;
  done: string;
  replyDone: string;
  noteDone: string;
  hint: string;
  failed: string;
  tagsFailed: string;
}

// The editor (Zendesk) keeps the words it always had; the clipboard and drafts (Help Scout) have their own.
const EDITOR: InsertWords = {
  reply: 'reply.insert',
  note: 'reply.insertNote',
  busy: 'reply.inserting',
  done: 'reply.inserted',
  replyDone: 'reply.confirmation',
  noteDone: 'reply.noteInserted',
  hint: 'reply.hint',
  failed: 'problem.insertFailed',
  tagsFailed: 'reply.tagsFailed',
};

const outside = (mode: Exclude<InsertMode, 'editor'>): InsertWords => ({
  reply: `insertMode.${mode}.reply`,
  note: `insertMode.${mode}.note`,
  busy: `insertMode.${mode}.busy`,
  done: `insertMode.${mode}.done`,
  replyDone: `insertMode.${mode}.replyDone`,
  noteDone: `insertMode.${mode}.noteDone`,
  hint: `insertMode.${mode}.hint`,
  failed: `insertMode.${mode}.failed`,
  tagsFailed: 'tags.failed',
});

export const INSERT_WORDS: Record<InsertMode, InsertWords> = { editor: EDITOR, clipboard: outside('clipboard'), draft: outside('draft') };

/**
 * Where the text went once it has gone in, else where the adapter said it will go. When the adapter could not say,
 * the editor's words: Insert is the shared interface's first meaning, and the result words what really happened.
 */
export const modeOf = (state: PanelState, target: InsertTarget): InsertMode => state.insertedAs[target] ?? state.insertBehaviour?.[target] ?? 'editor';

export function useInsertWords(target: InsertTarget): InsertWords {
  return INSERT_WORDS[usePanel((s) => modeOf(s, target))];
}
