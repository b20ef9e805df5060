import { parseArgs } from './args';
import { checkLines } from './litmusLine';
import { answerEachLine } from './run';
import { readSettingsFile } from './settingsFile';

const USAGE = [
  'Usage: npm run litmus -- [FILE.jsonl | -] [--settings FILE.json] [--locale en|ar]',
  '',
  'Checks replies, one JSON object per line: {"id", "text", "action"?, "locale"?}, and writes one',
  '{"id", "pass", "findings"} per line; a line that holds no reply gets {"id", "line", "error"} and the run goes on.',
  'The language is --locale, else the line\'s locale, else the script of the text. Exit codes as npm run assess.',
].join('\n');

/** `npm run litmus -- FILE.jsonl`: the litmus test of each reply, streamed. */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), { summary: false });
  if ('help' in args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  const settings = readSettingsFile(args.settingsFile);
  return answerEachLine(args.input, (lines) => checkLines(lines, settings, args.locale));
}

main().then((code) => {
  process.exitCode = code;
});
