import type { Cursor, PullStep, StepProgress } from './pull';
import type { Spool } from './spool';

export interface IdStepOptions {
  name: string;
  /** How progress names what is counted: "customers", "tickets created before the start". */
  counted: string;
  /** The ids to visit, read once from what the earlier steps spooled, in a stable order. */
  ids: (spool: Spool) => Promise<number[]>;
  /** Reads what one id needs and appends it to the spool. */
  visit: (id: number, spool: Spool) => Promise<void>;
  progress: StepProgress;
}

/**
 * A step of one helpdesk request (or run of requests) per id the earlier steps listed; its cursor is how many ids are
 * done, so an interrupted pull resumes at the next id.
 */
export function idStep({ name, counted, ids: listIds, visit, progress }: IdStepOptions): PullStep {
  let ids: number[] | null = null;
  return {
    name,
    async page(cursor: Cursor, spool: Spool) {
      ids ??= await listIds(spool);
      const index = cursor === null ? 0 : Number(cursor);
      const id = ids[index];
      if (id === undefined) return { next: null, done: true };
      await visit(id, spool);
      progress(counted, index + 1, ids.length, index + 1);
      return { next: index + 1, done: index + 1 >= ids.length };
    },
  };
}
