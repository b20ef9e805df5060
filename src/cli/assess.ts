import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import { parseSettings } from '../rules';
import { parseArgs, USAGE } from './args';
import { asJson, asSummary, assessLines, BATCH_SIZE } from './assessLine';
import { inputLines, withoutByteOrderMark } from './lines';

/** Why the answers cannot be written, in plain words ("no space left on device"), and the run's end. */
function cannotWrite(error: NodeJS.ErrnoException): never {
  // The reader has gone (`… | head`): there is no one left to answer.
  if (error.code === 'EPIPE') process.exit(0);
  const reason = error.code === 'ENOSPC' ? 'no space left on the device' : error.message;
  process.stderr.write(`Cannot write the answers: ${reason}.\n`);
  process.exit(1);
}

/** `npm run assess -- FILE.jsonl`: one Assessment per input line, streamed (SPEC §7). */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('help' in args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }

  let rawSettings: unknown = {};
  if (args.settingsFile) {
    try {
      rawSettings = JSON.parse(withoutByteOrderMark(readFileSync(args.settingsFile, 'utf8')));
    } catch (error) {
      process.stderr.write(`Settings file ${args.settingsFile} could not be read (${(error as Error).message}); using the defaults.\n`);
    }
  }
  const { settings, issues } = parseSettings(rawSettings);
  for (const issue of issues) process.stderr.write(`Setting ignored: ${issue}\n`);

  process.stdout.on('error', cannotWrite);
  const input = args.input ? createReadStream(args.input, { encoding: 'utf8' }) : process.stdin.setEncoding('utf8');
  const clock = new Date();
  const format = args.summary ? asSummary : asJson;
  try {
    // The lines of one read are answered in batches as soon as they arrive, never waiting for further input.
    for await (const lines of inputLines(input)) {
      for (let k = 0; k < lines.length; k += BATCH_SIZE) {
        const answers = assessLines(lines.slice(k, k + BATCH_SIZE), settings, clock, args.locale, format);
        // A reader of the output slower than the input: stop reading until it has caught up.
        if (!process.stdout.write(answers.map((a) => `${a}\n`).join(''))) await once(process.stdout, 'drain');
      }
    }
  } catch (error) {
    process.stderr.write(`Cannot read ${args.input ?? 'standard input'}: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
