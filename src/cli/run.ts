import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { Settings } from '../rules';
import { parseArgs, type AssessArgs } from './args';
import { BATCH_SIZE } from './assessLine';
import { inputLines, type InputLine } from './lines';
import { readSettingsFile } from './settingsFile';

/** Why the answers cannot be written, in plain words ("no space left on the device"), and the run's end. */
function cannotWrite(error: NodeJS.ErrnoException): never {
  // The reader has gone (`… | head`): there is no one left to answer.
  if (error.code === 'EPIPE') process.exit(0);
  const reason = error.code === 'ENOSPC' ? 'no space left on the device' : error.message;
  process.stderr.write(`Cannot write the answers: ${reason}.\n`);
  process.exit(1);
}

/**
 * Streams the input file (or standard input when `file` is null) and writes one answer line per input line, in
 * order. The lines of one read are answered in batches as soon as they arrive, never waiting for further input; a
 * reader of the output slower than the input stops the reading until it has caught up. The exit code: 0, or 1 when
 * the input cannot be read.
 */
export async function answerEachLine(file: string | null, answer: (lines: InputLine[]) => string[]): Promise<number> {
  process.stdout.on('error', cannotWrite);
  const input = file ? createReadStream(file, { encoding: 'utf8' }) : process.stdin.setEncoding('utf8');
  try {
    for await (const lines of inputLines(input)) {
      for (let k = 0; k < lines.length; k += BATCH_SIZE) {
        const answers = answer(lines.slice(k, k + BATCH_SIZE));
        if (!process.stdout.write(answers.map((a) => `${a}\n`).join(''))) await once(process.stdout, 'drain');
      }
    }
  } catch (error) {
    process.stderr.write(`Cannot read ${file ?? 'standard input'}: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}

/**
 * A command that answers each line of its input (`assess`, `litmus`): its options, --help, an error in plain words
 * with the usage (exit 2), the settings file, then the streamed answers. `summary: false` for a command without it.
 */
export async function runLineCommand(
  usage: string,
  answer: (args: AssessArgs, settings: Settings) => (lines: InputLine[]) => string[],
  { summary = true } = {},
): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { summary });
  if ('help' in args) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${usage}\n`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await answerEachLine(args.input, answer(args, readSettingsFile(args.settingsFile)));
}
