import { statSync } from 'node:fs';
import { USAGE } from './args';
import { asJson, asSummary, assessLines } from './assessLine';
import type { Command } from './io';
import { createProgress } from './progress';
import { runLineCommand } from './run';

/**
 * `fairline assess FILE.jsonl`: one Assessment per input line, streamed (SPEC §7). A file's assessment shows its
 * progress on standard error (lines answered against the file's size); standard input shows none, as its size is unknown.
 */
export const assessCommand: Command = (argv, io) =>
  runLineCommand(argv, io, {
    usage: USAGE,
    answer: (args, settings) => {
      const clock = new Date();
      const format = args.summary ? asSummary : asJson;
      return (lines) => assessLines(lines, settings, clock, args.locale, format);
    },
    progress: (file, { stderr }) => fileProgress(file, stderr),
  });

/** Progress over a file: the share is estimated from the lines answered so far, against the file's size in bytes. */
function fileProgress(file: string | null, stream: Parameters<typeof createProgress>[0]['stream']) {
  if (file === null) return { add: () => {}, stop: () => {} };
  let size: number | null = null;
  try {
    size = statSync(file).size;
  } catch {
    // The read fails next, and says why.
  }
  const progress = createProgress({ label: 'assess', unit: 'tickets', stream });
  let count = 0;
  return {
    add(lines: number, bytesRead: number) {
      count += lines;
      progress.update(bytesRead, size, count);
    },
    stop: () => progress.stop(),
  };
}
