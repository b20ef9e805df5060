import type { HelpdeskAdapter } from '../adapters/types';
import { toProblem } from './problem';
import type { InsertTarget, PanelActions, PanelState } from './state';

type Set = (partial: Partial<PanelState>) => void;
type Get = () => PanelState;

/** Insert actions: each target goes in once until its text changes, so a second click cannot insert twice. */
export function insertActions(adapter: HelpdeskAdapter, set: Set, get: Get): Pick<PanelActions, 'insertReply' | 'insertNote'> {
  const mark = (target: InsertTarget, status: PanelState['insert'][InsertTarget]) => set({ insert: { ...get().insert, [target]: status } });
  const ready = (target: InsertTarget) => get().insert[target] === 'idle' || get().insert[target] === 'failed';

  return {
    async insertReply() {
      const { assessment, reply } = get();
      if (!assessment || reply.trim() === '' || !ready('reply')) return;
      mark('reply', 'inserting');
      set({ insertProblem: null, tagsProblem: null });
      try {
        await adapter.insertReply(reply, { internal: false });
      } catch (error) {
        set({ insertProblem: toProblem(error) });
        mark('reply', 'failed');
        return;
      }
      mark('reply', 'inserted');
      try {
        await adapter.addTags(assessment.response.tags);
      } catch (error) {
        set({ tagsProblem: toProblem(error) });
      }
    },
    async insertNote() {
      const note = get().assessment?.response.internalNote;
      if (!note || !ready('note')) return;
      mark('note', 'inserting');
      set({ insertProblem: null });
      try {
        await adapter.insertReply(note, { internal: true });
        mark('note', 'inserted');
      } catch (error) {
        set({ insertProblem: toProblem(error) });
        mark('note', 'failed');
      }
    },
  };
}
