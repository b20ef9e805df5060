import type { Command } from './io';
import { checkLines } from './litmusLine';
import { runLineCommand } from './run';

const USAGE = [
  'Usage: fairline litmus [FILE.jsonl | -] [--settings FILE.json] [--locale en|ar]',
  '',
  'Checks replies, one JSON object per line: {"id", "text", "action"?, "locale"?}, and writes one',
  '{"id", "pass", "findings"} per line; a line that holds no reply gets {"id", "line", "error"} and the run goes on.',
  'The language is --locale, else the line\'s locale, else the script of the text. Exit codes as fairline assess.',
].join('\n');

/** `fairline litmus FILE.jsonl`: the litmus test of each reply, streamed. */
export const litmusCommand: Command = (argv, io) =>
  runLineCommand(argv, io, { usage: USAGE, answer: (args, settings) => (lines) => checkLines(lines, settings, args.locale), summary: false });
