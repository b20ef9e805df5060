import { PassThrough } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pullWith } from '../../src/cli/pull';
import { parseTicketContext, type TicketContext } from '../../src/rules';

/** A clock that moves only when the pull waits: every wait is recorded, none is slept. */
export function virtualTime(startIso = '2026-06-01T00:00:00Z') {
  let clock = Date.parse(startIso);
  const waits: number[] = [];
  return {
    waits,
    deps: {
      now: () => clock,
      sleep: async (ms: number) => {
        waits.push(ms);
        clock += ms;
      },
    },
  };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'fairline-pull-test-'));

/** Runs `fairline pull …` in this process, with its output and standard error kept. */
export async function pull(argv: string[], env: Record<string, string>, time = virtualTime()) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const code = await pullWith(argv, { stdin: new PassThrough(), stdout, stderr, env }, time.deps);
  const contexts = out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const parsed = parseTicketContext(JSON.parse(line));
      if (!parsed.ok) throw new Error(`An invalid context was written: ${parsed.error}`);
      return parsed.context;
    });
  return { code, contexts, stdout: out, stderr: err, waits: time.waits };
}

export const byId = (contexts: readonly TicketContext[]) => new Map(contexts.map((c) => [c.id, c]));
