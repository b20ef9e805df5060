import type { PullState, StateStore } from './state';
import { StateFileError } from './state';
import type { Spool } from './spool';

export type Cursor = string | number | null;

/** How far a step is: `done` of `total` (any unit: seconds of history, pages) and how many `unit` so far. */
export type StepProgress = (unit: string, done: number, total: number | null, count: number) => void;

/** One step of a pull (a walk over one export), taken a page at a time. */
export interface PullStep {
  name: string;
  /**
   * Reads one page from `cursor` (null: the step's beginning), appends its records to the spool, and says where
   * the next page starts, or that the step is done.
   */
  page(cursor: Cursor, spool: Spool): Promise<{ next: Cursor; done: boolean }>;
}

export interface PullRun {
  helpdesk: string;
  /** The start date as given, so a state file is never resumed for another pull. */
  since: string;
  steps: readonly PullStep[];
  spool: Spool;
  state: StateStore;
}

/** The step after the last: the spool holds everything, only the contexts are left to write. */
export const ALL_READ = 'all read';

/**
 * Takes each step to its end, saving the state after every page: a run killed at any point resumes, from the same
 * state file, at the page after the last one saved, and the spool is cut back to that save so nothing is kept twice.
 */
export async function runPull({ helpdesk, since, steps, spool, state }: PullRun): Promise<void> {
  const saved = state.load();
  if (saved && (saved.helpdesk !== helpdesk || saved.since !== since)) {
    throw new StateFileError(`The state file is for a pull from ${saved.helpdesk} since ${saved.since}, not ${helpdesk} since ${since}; give another --state file, or delete it.`);
  }
  let current: PullState = saved ?? { version: 1, helpdesk, since, step: steps[0]?.name ?? ALL_READ, cursor: null, spool: spool.sizes() };
  spool.rewind(current.spool);
  let index = current.step === ALL_READ ? steps.length : steps.findIndex((s) => s.name === current.step);
  if (index < 0) throw new StateFileError(`The state file names a step "${current.step}" this pull does not have; delete it to start again.`);
  let cursor = current.cursor;
  for (; index < steps.length; index++) {
    const step = steps[index]!;
    for (let done = false; !done; ) {
      const page = await step.page(cursor, spool);
      done = page.done;
      cursor = done ? null : page.next;
      const next = done ? (steps[index + 1]?.name ?? ALL_READ) : step.name;
      current = { ...current, step: next, cursor, spool: spool.sizes() };
      state.save(current);
    }
  }
}
