import type { HelpdeskAdapter, InsertMode } from '../shared/adapter';
import { toProblem } from './problem';
import type { CopyTarget, InsertTarget, PanelActions, PanelState } from './state';

type Set = (partial: Partial<PanelState>) => void;
type Get = () => PanelState;

/** Writes text to the clipboard; rejects where the browser refuses. */
export type Clipboard = (text: string) => Promise<void>;

export const browserClipboard: Clipboard = (text) => navigator.clipboard.writeText(text);

const textOf = (state: PanelState, target: CopyTarget) => {
  const response = state.assessment?.response;
  return target === 'reply' ? state.reply : target === 'note' ? (response?.internalNote ?? '') : (response?.reviewReply ?? '');
};

/**
 * Insert actions: each target goes in once until its text changes, so a second click cannot insert twice. A refused
 * insert leaves the text in the panel, ready to insert again or to copy.
 */
export function insertActions(
  adapter: HelpdeskAdapter,
  clipboard: Clipboard,
  set: Set,
  get: Get,
  check: (text: string) => PanelState['replyCheck'],
): Pick<PanelActions, 'insertReply' | 'insertNote' | 'copyText'> {
  const mark = (target: InsertTarget, status: PanelState['insert'][InsertTarget]) => set({ insert: { ...get().insert, [target]: status } });
  const inserted = (target: InsertTarget, mode: InsertMode) => set({ insert: { ...get().insert, [target]: 'inserted' }, insertedAs: { ...get().insertedAs, [target]: mode } });
  const ready = (target: InsertTarget) => get().insert[target] === 'idle' || get().insert[target] === 'failed';
  const fail = (target: InsertTarget, error: unknown) => {
    set({ insertProblem: { ...toProblem(error), target } });
    mark(target, 'failed');
  };

  return {
    async insertReply({ anyway = false } = {}) {
      const { assessment, reply } = get();
      if (!assessment || reply.trim() === '' || !ready('reply')) return;
      // The check of the text as it is now, not as it was when the agent paused typing.
      const replyCheck = check(reply);
      if (replyCheck && !replyCheck.pass && !anyway) {
        set({ replyCheck, confirmInsert: true });
        return;
      }
      mark('reply', 'inserting');
      set({ replyCheck, confirmInsert: false, insertProblem: null, tagsProblem: null, tagged: null, copy: null });
      let mode: InsertMode;
      try {
        ({ mode } = await adapter.insertReply(reply, { internal: false }));
      } catch (error) {
        fail('reply', error);
        return;
      }
      inserted('reply', mode);
      const { tags } = assessment.response;
      try {
        const { applied } = await adapter.addTags(tags);
        set({ tagged: { tags: [...tags], applied } });
      } catch (error) {
        set({ tagsProblem: toProblem(error) });
      }
    },
    async insertNote() {
      // The note as the agent sees it: the rules word it in the agent's language.
      const note = get().assessment?.response.internalNote;
      if (!note || !ready('note')) return;
      mark('note', 'inserting');
      set({ insertProblem: null, copy: null });
      try {
        const { mode } = await adapter.insertReply(note, { internal: true });
        inserted('note', mode);
      } catch (error) {
        fail('note', error);
      }
    },
    async copyText(target) {
      const text = textOf(get(), target);
      if (text.trim() === '') return;
      const done = await clipboard(text).then(
        () => true,
        () => false,
      );
      set({ copy: { target, done } });
    },
  };
}
