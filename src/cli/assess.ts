import { parseArgs, USAGE } from './args';
import { asJson, asSummary, assessLines } from './assessLine';
import { answerEachLine } from './run';
import { readSettingsFile } from './settingsFile';

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

  const settings = readSettingsFile(args.settingsFile);

  const clock = new Date();
  const format = args.summary ? asSummary : asJson;
  return answerEachLine(args.input, (lines) => assessLines(lines, settings, clock, args.locale, format));
}

main().then((code) => {
  process.exitCode = code;
});
