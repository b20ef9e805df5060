import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { parseSettings } from '../rules';
import { parseArgs, USAGE } from './args';
import { asJson, asSummary, assessLine } from './assessLine';

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
  const failure = new Promise<Error>((resolve) => input.once('error', resolve));
  const lines = createInterface({ input, crlfDelay: Infinity });
  const clock = new Date();
  const format = args.summary ? asSummary : asJson;

  const run = (async () => {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      if (!process.stdout.write(`${assessLine(line, settings, clock, args.locale, format)}\n`)) await once(process.stdout, 'drain');
    }
    return null;
  })();
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
