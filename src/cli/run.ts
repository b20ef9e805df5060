import { once } from 'node:events';
import { createReadStream, type ReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Settings } from '../rules';
import { parseArgs, type AssessArgs } from './args';
import { BATCH_SIZE } from './assessLine';
import { answerNotRun, EXIT, type CommandIo } from './io';
import { inputLines, type InputLine } from './lines';
import { readSettingsFile } from './settingsFile';

/** Why the answers cannot be written, in plain words ("no space left on the device"). */
function cannotWrite(error: NodeJS.ErrnoException, io: CommandIo): void {
  // The reader has gone (`… | head`): there is no one left to answer.
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  const reason = error.code === 'ENOSPC' ? 'no space left on the device' : error.message;
  io.stderr.write(`Cannot write the answers: ${reason}.\n`);
  process.exit(EXIT.failed);
}

/**
 * Streams the input file (or standard input when `file` is null) and writes one answer line per input line, in
 * order. The lines of one read are answered in batches as soon as they arrive, never waiting for further input; a
 * reader of the output slower than the input stops the reading until it has caught up. The exit code: 0, or 1 when
 * the input cannot be read. `onLines` hears how many lines were answered and the bytes of the file read (progress).
 */
export async function answerEachLine(
  file: string | null,
  answer: (lines: InputLine[]) => string[],
  io: CommandIo,
  onLines: (count: number, bytesRead: number) => void = () => {},
): Promise<number> {
  io.stdout.on('error', (error) => cannotWrite(error, io));
  const input: Readable = file ? createReadStream(file, { encoding: 'utf8' }) : io.stdin.setEncoding('utf8');
  try {
    for await (const lines of inputLines(input)) {
      for (let k = 0; k < lines.length; k += BATCH_SIZE) {
        const answers = answer(lines.slice(k, k + BATCH_SIZE));
        onLines(answers.length, file ? (input as ReadStream).bytesRead : 0);
        if (!io.stdout.write(answers.map((a) => `${a}\n`).join(''))) await once(io.stdout, 'drain');
      }
    }
  } catch (error) {
    io.stderr.write(`Cannot read ${file ?? 'standard input'}: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

export interface LineCommand {
  usage: string;
  /** The answer to a batch of lines, for these options and settings. */
  answer: (args: AssessArgs, settings: Settings) => (lines: InputLine[]) => string[];
  /** False for a command without --summary. */
  summary?: boolean;
  /** Hears each batch answered, with the input file (null for standard input); returns the end of the progress. */
  progress?: (file: string | null, io: CommandIo) => { add: (count: number, bytesRead: number) => void; stop: () => void };
}

/**
 * A command that answers each line of its input (`assess`, `litmus`): its options, --help, an error in plain words
 * with the usage (exit 2), the settings file, then the streamed answers.
 */
export async function runLineCommand(argv: readonly string[], io: CommandIo, { usage, answer, summary = true, progress }: LineCommand): Promise<number> {
  const args = parseArgs(argv, { summary });
  if ('help' in args || 'error' in args) return answerNotRun(args, usage, io);
  const settings = readSettingsFile(args.settingsFile);
  const shown = progress?.(args.input, io);
  try {
    return await answerEachLine(args.input, answer(args, settings), io, shown?.add);
  } finally {
    shown?.stop();
  }
}
