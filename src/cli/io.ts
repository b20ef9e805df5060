import type { Readable, Writable } from 'node:stream';

/** What a subcommand may touch: its streams and environment, passed in so tests can give their own. */
export interface CommandIo {
  stdin: Readable;
  stdout: Writable;
  /** Progress and plain-words problems; `isTTY` chooses a progress bar over periodic lines. */
  stderr: Writable & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

/** A subcommand: its arguments (after its name) in, its exit code out. */
export type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

/** The exit codes of every subcommand (README, "Audit a helpdesk's history"). */
export const EXIT = {
  ok: 0,
  /** The input could not be read, the answers could not be written, or the helpdesk could not be read to the end. */
  failed: 1,
  /** The command line or the environment is wrong: nothing was done. */
  usage: 2,
} as const;

/** What an argument parser answers when the command is not to run: `--help` asked, or a command line that is wrong. */
export type NotRun = { help: true } | { error: string };

/** Answers `--help` with the usage (exit 0), or a wrong command line in plain words with the usage (exit 2). */
export function answerNotRun(args: NotRun, usage: string, io: Pick<CommandIo, 'stdout' | 'stderr'>): number {
  if ('help' in args) {
    io.stdout.write(`${usage}\n`);
    return EXIT.ok;
  }
  io.stderr.write(`${args.error}\n${usage}\n`);
  return EXIT.usage;
}

export const processIo = (): CommandIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
