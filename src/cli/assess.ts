import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseSettings } from '../rules';
import { parseArgs, USAGE } from './args';
import { asJson, asSummary, assessLines, BATCH_SIZE } from './assessLine';

/** `npm run assess -- FILE.jsonl`: one Assessment per input line, streamed (SPEC §7). */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }

  let rawSettings: unknown = {};
  if (args.settingsFile) {
    try {
      rawSettings = JSON.parse(readFileSync(args.settingsFile, 'utf8'));
    } catch (error) {
      process.stderr.write(`Settings file ${args.settingsFile} could not be read (${(error as Error).message}); using the defaults.\n`);
    }
  }
  const { settings, issues } = parseSettings(rawSettings);
  for (const issue of issues) process.stderr.write(`Setting ignored: ${issue}\n`);

  const input = args.input ? createReadStream(args.input, { encoding: 'utf8' }) : process.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  // The reader passes on the input's errors.
  const failure = new Promise<Error>((resolve) => lines.once('error', resolve));
  const clock = new Date();
  const format = args.summary ? asSummary : asJson;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader has gone (`… | head`): there is no one left to answer.
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });

  const run = new Promise<null>((resolve) => {
    let pending: string[] = [];
    let scheduled = false;
    let draining = false;
    const flush = () => {
      scheduled = false;
      const batch = pending;
      pending = [];
      for (let k = 0; k < batch.length; k += BATCH_SIZE) {
        const answers = assessLines(batch.slice(k, k + BATCH_SIZE), settings, clock, args.locale, format);
        // A reader of the output slower than the input: stop reading until it has caught up.
        if (!process.stdout.write(answers.map((a) => `${a}\n`).join('')) && !draining) {
          draining = true;
          lines.pause();
          process.stdout.once('drain', () => {
            draining = false;
            lines.resume();
          });
        }
      }
    };
    // The lines of one read arrive in one go; the batch waits for them, never for further input.
    lines.on('line', (line) => {
      if (line.trim() === '') return;
      pending.push(line);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
    lines.on('close', () => {
      flush();
      resolve(null);
    });
  });
  const error = await Promise.race([run, failure]);
  if (error) {
    process.stderr.write(`Cannot read ${args.input ?? 'standard input'}: ${error.message}\n`);
    return 1;
  }
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
