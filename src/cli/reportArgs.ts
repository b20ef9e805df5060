import { LANGUAGES, type Language } from '../rules';

export interface ReportArgs {
  /** The assessments file, or null for standard input ("-"). */
  assessments: string | null;
  contexts: string;
  out: string;
  locale: Language;
  ticketUrl: string | null;
  settingsFile: string | null;
}

export const REPORT_USAGE = [
  'Usage: fairline report ASSESSMENTS.jsonl --contexts CONTEXTS.jsonl --out report.html',
  '                       [--locale en|ar] [--ticket-url TEMPLATE] [--settings FILE.json]',
  '       (from a clone: npm run report -- …)',
  '',
  'Writes one self-contained HTML page (it opens offline; nothing in it loads or runs) from the output of',
  'fairline assess ("-" reads it from standard input) and the ticket contexts it was made from, joined by id,',
  'and beside it the CSV files of its tables (report-drains.csv, report-escalations.csv, report-goodwill.csv).',
  'A line that cannot be read is named on standard error with its number, and the report goes on without it.',
  '',
  '  --contexts FILE    the TicketContext lines (SPEC §1) the assessments were made from',
  '  --out FILE         where to write the page; the CSV files go beside it',
  '  --locale en|ar     the report\'s language (Arabic is laid out right to left); English by default',
  '  --ticket-url TPL   link each ticket, e.g. https://acme.zendesk.com/agent/tickets/{id}',
  '  --settings FILE    the settings the assessments were made with (drainRatio says who is a net drain)',
  '  -h, --help         this help',
  '',
  'Exit codes: 0 the report was written (perhaps without some lines); 1 an input could not be read, holds no',
  'assessment, or the report could not be written; 2 the command line is wrong.',
].join('\n');

type Parsed = ReportArgs | { help: true } | { error: string };

const OPTIONS = ['--contexts', '--out', '--locale', '--ticket-url', '--settings'] as const;
type Option = (typeof OPTIONS)[number];

/** Parses `fairline report`'s arguments; a plain-words error instead of throwing. */
export function parseReportArgs(argv: readonly string[]): Parsed {
  const values = new Map<Option, string>();
  const inputs: string[] = [];
  let optionsEnded = false;
  let fromStandardInput = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      fromStandardInput = arg === '-' && !optionsEnded;
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    const equals = arg.indexOf('=');
    const name = (equals > 0 ? arg.slice(0, equals) : arg) as Option;
    if (!OPTIONS.includes(name)) return { error: `Unknown option ${name}.` };
    const value = equals > 0 ? arg.slice(equals + 1) : argv[++i];
    if (value === undefined || value === '' || (equals < 0 && value.startsWith('--'))) return { error: `${name} needs a value.` };
    if (values.has(name)) return { error: `${name} is given twice.` };
    values.set(name, value);
  }
  if (inputs.length === 0) return { error: 'Name the assessments file (the output of fairline assess), or "-" for standard input.' };
  if (inputs.length > 1) return { error: `Only one assessments file can be given (got "${inputs[0]}" and "${inputs[1]}").` };
  const contexts = values.get('--contexts');
  if (!contexts) return { error: '--contexts is needed: the ticket contexts the assessments were made from.' };
  const out = values.get('--out');
  if (!out) return { error: '--out is needed: where to write the report, such as report.html.' };
  const locale = values.get('--locale') ?? 'en';
  if (!LANGUAGES.includes(locale as Language)) return { error: `--locale must be one of ${LANGUAGES.join(', ')}, not "${locale}".` };
  return {
    assessments: fromStandardInput ? null : inputs[0]!,
    contexts,
    out,
    locale: locale as Language,
    ticketUrl: values.get('--ticket-url') ?? null,
    settingsFile: values.get('--settings') ?? null,
  };
}
