import { DraftConflictError, InvalidDataError } from '../../shared/errors';
import { htmlToText } from '../../shared/html';
import type { ZafClient } from './zaf';

export type CommentType = 'publicReply' | 'internalNote';

const TEXT = 'ticket.comment.text';
const TYPE = 'ticket.comment.type';
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** An editor holding only whitespace or empty markup (`<p></p>`, `<br>`, `&nbsp;`) holds no draft. */
export function isBlankDraft(text: unknown): boolean {
  return typeof text !== 'string' || htmlToText(text).replace(INVISIBLE, '').trim() === '';
}

/**
 * Whether the editor must be switched to `wanted` before text goes in. The comment type belongs to the whole
 * editor, so it may only switch while the editor is empty: a draft of the other kind rejects with
 * DraftConflictError, rather than a note going out as a public reply or a reply hidden in a note.
 */
export async function mustSwitch(client: ZafClient, wanted: CommentType, call: <T>(request: () => Promise<T>) => Promise<T>): Promise<boolean> {
  const editor = await call(() => client.get([TEXT, TYPE]));
  if (editor.errors?.[TEXT] || editor.errors?.[TYPE]) throw new InvalidDataError("The editor's draft could not be read");
  const type = editor[TYPE];
  if (type === wanted) return false;
  if (!isBlankDraft(editor[TEXT])) throw new DraftConflictError(type === 'internalNote' ? 'internal' : 'public');
  return true;
}

/** The editor's draft as plain text (the editor holds HTML). */
export async function readDraftText(client: ZafClient, call: <T>(request: () => Promise<T>) => Promise<T>): Promise<string> {
  const editor = await call(() => client.get(TEXT));
  if (editor.errors?.[TEXT]) throw new InvalidDataError("The editor's draft could not be read");
  const text = editor[TEXT];
  return typeof text === 'string' ? htmlToText(text) : '';
}
