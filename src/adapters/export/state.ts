import * as v from 'valibot';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { firstIssue } from '../http/json';

/**
 * Where a pull stands, saved after every page (`--state FILE`): which helpdesk and start date it is for, the step
 * it is on, that step's cursor (the helpdesk's own: Zendesk's after_cursor, a start_time, a page number) and the
 * spool's sizes at the save. Written beside itself and renamed, so a kill mid-write leaves the last good state.
 */
const size = v.pipe(v.number(), v.integer(), v.minValue(0));
const StateSchema = v.object({
  version: v.literal(1),
  helpdesk: v.string(),
  since: v.string(),
  step: v.string(),
  cursor: v.nullable(v.union([v.string(), v.number()])),
  spool: v.object({ tickets: size, users: size, comments: size }),
});

export type PullState = v.InferOutput<typeof StateSchema>;

export class StateFileError extends Error {
  override name = 'StateFileError';
}

export interface StateStore {
  load(): PullState | null;
  save(state: PullState): void;
  /** The pull finished: nothing is left to resume. */
  clear(): void;
}

/** A state file on disk; one that cannot be read or is for another pull is an error in plain words, never overwritten. */
export function stateFile(path: string): StateStore {
  return {
    load() {
      if (!existsSync(path)) return null;
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new StateFileError(`The state file ${path} cannot be read (${(error as Error).message}); delete it to start the pull again.`);
      }
      const parsed = v.safeParse(StateSchema, raw);
      if (!parsed.success) throw new StateFileError(`The state file ${path} is not a pull's state (${firstIssue(parsed.issues)}); delete it to start the pull again.`);
      return parsed.output;
    },
    save(state) {
      const partial = `${path}.partial`;
      writeFileSync(partial, `${JSON.stringify(state)}\n`);
      renameSync(partial, path);
    },
    clear: () => rmSync(path, { force: true }),
  };
}

/** No state file: the pull starts from the beginning each time. */
export const memoryState = (): StateStore => {
  let state: PullState | null = null;
  return { load: () => state, save: (s) => (state = s), clear: () => (state = null) };
};
