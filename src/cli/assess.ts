import { USAGE } from './args';
import { asJson, asSummary, assessLines } from './assessLine';
import { runLineCommand } from './run';

// `npm run assess -- FILE.jsonl`: one Assessment per input line, streamed (SPEC §7).
void runLineCommand(USAGE, (args, settings) => {
  const clock = new Date();
  const format = args.summary ? asSummary : asJson;
  return (lines) => assessLines(lines, settings, clock, args.locale, format);
});
