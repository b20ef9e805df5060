import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { buildReport } from '../report/build';
import { joinTickets } from '../report/join';
import { parseTicketUrl } from '../report/ticketUrl';
import { answerNotRun, type CommandIo } from './io';
import { REPORT_USAGE, parseReportArgs } from './reportArgs';
import { readAssessments, readContexts, type LineProblem } from './reportInput';
import { readSettingsFile } from './settingsFile';

/** Lines of one file named on standard error before the rest are only counted. */
const PROBLEMS_NAMED = 20;

/** Names each bad line of a file, up to PROBLEMS_NAMED, and counts the rest. */
function problemsOf(file: string, io: CommandIo) {
  let count = 0;
  const problem: LineProblem = (line, error) => {
    count++;
    if (count <= PROBLEMS_NAMED) io.stderr.write(`${file} line ${line} left out: ${error}.\n`);
  };
  const summary = () => {
    if (count > PROBLEMS_NAMED) io.stderr.write(`${file}: ${count - PROBLEMS_NAMED} more lines left out (${count} in all).\n`);
  };
  return { problem, summary };
}

const plainReason = (error: NodeJS.ErrnoException) =>
  error.code === 'ENOENT' ? 'there is no such file' : error.code === 'EACCES' ? 'permission denied' : error.code === 'ENOSPC' ? 'no space left on the device' : error.code === 'EISDIR' ? 'it is a folder' : error.message;

/** The CSV files' paths beside the page: report.html → report-drains.csv, … */
function csvPaths(out: string) {
  const stem = join(dirname(out), basename(out, extname(out)));
  return { drains: `${stem}-drains.csv`, escalations: `${stem}-escalations.csv`, goodwill: `${stem}-goodwill.csv` };
}

/**
 * `fairline report ASSESSMENTS.jsonl --contexts CONTEXTS.jsonl --out report.html`: the audit page and its CSV files.
 * Returns the exit code: 0 written, 1 an input unreadable or without assessments or the output unwritable, 2 usage.
 */
export async function reportCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseReportArgs(argv);
  if ('help' in args || 'error' in args) return answerNotRun(args, REPORT_USAGE, io);
  const ticketUrl = parseTicketUrl(args.ticketUrl);
  if (!ticketUrl.ok) return answerNotRun({ error: ticketUrl.error }, REPORT_USAGE, io);
  const settings = readSettingsFile(args.settingsFile, (line) => io.stderr.write(line));
  const assessmentsName = args.assessments ?? 'standard input';
  const contextProblems = problemsOf(args.contexts, io);
  const assessmentProblems = problemsOf(assessmentsName, io);

  let contexts: Awaited<ReturnType<typeof readContexts>>;
  let assessments: Awaited<ReturnType<typeof readAssessments>>;
  let reading = args.contexts;
  try {
    contexts = await readContexts(createReadStream(args.contexts, { encoding: 'utf8' }), contextProblems.problem);
    reading = assessmentsName;
    const input: Readable = args.assessments ? createReadStream(args.assessments, { encoding: 'utf8' }) : io.stdin.setEncoding('utf8');
    assessments = await readAssessments(input, assessmentProblems.problem);
  } catch (error) {
    io.stderr.write(`Cannot read ${reading}: ${plainReason(error as NodeJS.ErrnoException)}.\n`);
    return 1;
  }
  contextProblems.summary();
  assessmentProblems.summary();
  if (assessments.assessed.length === 0) {
    io.stderr.write(`${assessmentsName} holds no assessment (is it the output of fairline assess?): no report was written.\n`);
    return 1;
  }

  const tickets = joinTickets(assessments.assessed, contexts);
  const withoutContext = tickets.filter((t) => t.context === null).length;
  if (withoutContext > 0) io.stderr.write(`${withoutContext} of ${tickets.length} assessments have no context in ${args.contexts}: they count in the totals, not in months or customers.\n`);

  const csv = csvPaths(args.out);
  const report = await buildReport(tickets, {
    language: args.locale,
    drainRatio: settings.drainRatio,
    link: ticketUrl.link,
    files: { assessments: basename(assessmentsName), contexts: basename(args.contexts), drains: basename(csv.drains), escalations: basename(csv.escalations), goodwill: basename(csv.goodwill) },
    notAssessed: assessments.notAssessed,
    generatedAt: Date.now(),
  });
  const writes: [string, string][] = [[args.out, report.html], [csv.drains, report.csv.drains], [csv.escalations, report.csv.escalations], [csv.goodwill, report.csv.goodwill]];
  for (const [path, text] of writes) {
    try {
      await writeFile(path, text, 'utf8');
    } catch (error) {
      io.stderr.write(`Cannot write ${path}: ${plainReason(error as NodeJS.ErrnoException)}.\n`);
      return 1;
    }
  }
  const kb = (Buffer.byteLength(report.html) / 1024).toFixed(1);
  io.stderr.write(`Wrote ${args.out} (${kb} KB, ${tickets.length} tickets) and ${writes.slice(1).map(([p]) => basename(p)).join(', ')}.\n`);
  return 0;
}
