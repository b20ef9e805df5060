import { once } from 'node:events';
import { createWriteStream, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { assembleContexts, DEFAULT_ASSEMBLY } from '../adapters/export/contexts';
import { runPull } from '../adapters/export/pull';
import { Spool } from '../adapters/export/spool';
import { memoryState, StateFileError, stateFile } from '../adapters/export/state';
import { DEFAULT_EXPORT_RETRY, sleep } from '../adapters/http/retry';
import { fieldKeys } from '../shared/fieldKeys';
import { answerNotRun, EXIT, type Command, type CommandIo } from './io';
import { duration, progressByUnit } from './progress';
import { parsePullArgs, PULL_USAGE } from './pullArgs';
import { SOURCES } from './pullSources';
import { readRawSettings } from './settingsFile';

export interface PullDeps {
  /** Every wait (rate limits, backoff, the per-minute budget) goes through it: tests pass one that does not sleep. */
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

/** Waits this long or longer are said on standard error, so a quiet pull is not taken for a stuck one. */
const WAIT_WORTH_SAYING_MS = 10_000;

/** Writes the contexts, one JSON line each, to the stream, keeping to the reader's pace; returns how many. */
async function writeContexts(contexts: AsyncIterable<unknown>, out: Writable): Promise<number> {
  let failure: Error | null = null;
  const onError = (error: Error) => (failure = error);
  out.on('error', onError);
  let written = 0;
  try {
    for await (const context of contexts) {
      if (failure) throw failure;
      written++;
      if (!out.write(`${JSON.stringify(context)}\n`)) await once(out, 'drain');
    }
  } finally {
    out.off('error', onError);
  }
  if (failure) throw failure;
  return written;
}

/** `fairline pull zendesk|helpscout --since DATE`, with the waits and the clock passed in. */
export async function pullWith(argv: readonly string[], io: CommandIo, deps: PullDeps): Promise<number> {
  const args = parsePullArgs(argv, deps.now());
  if ('help' in args || 'error' in args) return answerNotRun(args, PULL_USAGE, io);
  const report = (message: string) => io.stderr.write(`${message}\n`);
  const { keys, warnings } = fieldKeys(readRawSettings(args.settingsFile, io.stderr));
  for (const w of warnings) report(`Setting ${w.values?.setting} is not a field key; using "${w.values?.fallback}".`);

  const progress = progressByUnit(`pull ${args.helpdesk}`, io.stderr, deps.now);
  const retry = {
    ...DEFAULT_EXPORT_RETRY,
    sleep: deps.sleep,
    now: deps.now,
    onWait: (ms: number, why: string) => {
      if (ms >= WAIT_WORTH_SAYING_MS) report(`${args.helpdesk}: ${why}; waiting ${duration(ms)}.`);
    },
  };
  const source = SOURCES[args.helpdesk]({ args, env: io.env, keys, retry, report, progress: progress.update });
  if (!source.ok) {
    report(source.errors.join('\n'));
    return EXIT.usage;
  }

  const spoolDir = args.stateFile ? `${args.stateFile}.spool` : mkdtempSync(join(tmpdir(), 'fairline-pull-'));
  const state = args.stateFile ? stateFile(args.stateFile) : memoryState();
  const spool = new Spool(spoolDir);
  const started = deps.now();
  try {
    await runPull({ helpdesk: args.helpdesk, since: args.since, steps: source.steps, spool, state });
  } catch (error) {
    progress.stop();
    if (!args.stateFile) rmSync(spoolDir, { recursive: true, force: true });
    if (error instanceof StateFileError) {
      report(error.message);
      return EXIT.usage;
    }
    const resume = args.stateFile ? `Run the same command again to resume from ${args.stateFile}.` : 'Give --state FILE to be able to resume after a stop.';
    report(`The pull from ${source.name} stopped: ${(error as Error).message}. ${resume}`);
    return EXIT.failed;
  }
  progress.stop();

  let left = 0;
  const contexts = assembleContexts(spool, { ...DEFAULT_ASSEMBLY, onProblem: (message) => (left++, report(message)) });
  const partial = args.out ? `${args.out}.partial` : null;
  const out = partial ? createWriteStream(partial) : io.stdout;
  let written: number;
  try {
    written = await writeContexts(contexts, out);
    if (partial && args.out) {
      out.end();
      await once(out, 'close');
      renameSync(partial, args.out);
    }
  } catch (error) {
    report(`The contexts could not be written: ${(error as Error).message}.${args.stateFile ? ` Run the same command again to write them from ${args.stateFile}.` : ''}`);
    return EXIT.failed;
  }
  state.clear();
  rmSync(spoolDir, { recursive: true, force: true });
  report(`Pulled ${written} ticket contexts from ${source.name} in ${duration(deps.now() - started)}${left > 0 ? `; ${left} left out` : ''}.`);
  return EXIT.ok;
}

export const pullCommand: Command = (argv, io) => pullWith(argv, io, { sleep, now: Date.now });
