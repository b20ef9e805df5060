/**
 * The yardstick for `fairline assess` as a whole process: read the same file as a stream of lines, parse and
 * validate each context, and normalise every customer comment as SPEC §4 defines it (with the leetspeak reading).
 * Compiled and run like the command line, so both pay the same start-up.
 */
import { createReadStream } from 'node:fs';
import { inputLines } from '../../src/cli/lines';
import { normalise, parseTicketContext } from '../../src/rules';

let count = 0;
for await (const lines of inputLines(createReadStream(process.argv[2] ?? '', { encoding: 'utf8' }))) {
  for (const line of lines) {
    const parsed = parseTicketContext(JSON.parse(line.text));
    if (!parsed.ok) continue;
    for (const c of parsed.context.ticket.comments) if (c.author === 'customer') normalise(c.body, { deleet: true });
    count++;
  }
}
process.stdout.write(`${count}\n`);
