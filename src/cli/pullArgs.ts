export const HELPDESKS = ['zendesk', 'helpscout'] as const;
export type Helpdesk = (typeof HELPDESKS)[number];

export interface PullArgs {
  helpdesk: Helpdesk;
  /** The start, as given (ISO 8601), and as a time. */
  since: string;
  sinceMs: number;
  out: string | null;
  stateFile: string | null;
  settingsFile: string | null;
  /** Requests a minute to the exports (Zendesk: the incremental exports; Help Scout: every request). */
  perMinute: number | null;
  /** Zendesk only: requests a minute to the rest of the API (one ticket's comments). */
  apiPerMinute: number | null;
}

export const PULL_USAGE = [
  'Usage: fairline pull zendesk|helpscout --since DATE [--out FILE] [--state FILE] [--settings FILE.json]',
  '                     [--per-minute N] [--api-per-minute N]',
  '',
  'Reads every ticket (Zendesk) or conversation (Help Scout) changed since DATE, with its comments, its requester\'s',
  'lifetime value and order count, and as history the requester\'s earlier tickets, and writes one TicketContext per',
  'line (the input of `fairline assess`). A record the helpdesk sends malformed is named on standard error and left out.',
  '',
  '  --since DATE         the start, as 2025-01-01 or 2025-01-01T00:00:00Z (required)',
  '  --out FILE           write the contexts to FILE (written whole at the end) instead of standard output',
  '  --state FILE         save where the pull stands after every page; run the same command again to resume there',
  '  --settings FILE      Fairline\'s settings as JSON: ltvField and orderCountField name the user fields',
  '                       (Zendesk) or customer properties (Help Scout) that hold lifetime value and order count',
  '  --per-minute N       requests a minute to the exports: Zendesk allows 10 (30 with High Volume), so 10;',
  '                       Help Scout 200',
  '  --api-per-minute N   Zendesk: requests a minute for one ticket\'s comments (tickets created before DATE); 100',
  '  -h, --help           this help',
  '',
  'Credentials come from the environment, never from arguments:',
  '  Zendesk     ZENDESK_SUBDOMAIN, and ZENDESK_EMAIL with ZENDESK_API_TOKEN (an admin\'s), or ZENDESK_OAUTH_TOKEN',
  '  Help Scout  HELPSCOUT_APP_ID and HELPSCOUT_APP_SECRET (an OAuth app, as for the companion server)',
  '',
  'Exit codes: 0 every page read and the contexts written (some records perhaps left out); 1 the helpdesk could',
  'not be read to the end (with --state, run the same command again to resume) or the output could not be written;',
  '2 the command line, the environment or the state file is wrong.',
].join('\n');

// The contract's own date form (src/rules/context.ts): a date, optionally a time and an offset.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const OPTIONS = ['--since', '--out', '--state', '--settings', '--per-minute', '--api-per-minute'] as const;
type Option = (typeof OPTIONS)[number];

function perMinute(name: string, value: string): number | string {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n <= 100_000 ? n : `${name} must be a number of requests a minute above 0, not "${value}".`;
}

/** Parses `pull`'s arguments; a plain-words error instead of throwing. */
export function parsePullArgs(argv: readonly string[], now: number): PullArgs | { help: true } | { error: string } {
  const values = new Map<Option, string>();
  let helpdesk: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return { help: true };
    if (!arg.startsWith('-')) {
      if (helpdesk !== null) return { error: `Only one helpdesk can be given (got "${helpdesk}" and "${arg}").` };
      helpdesk = arg;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = (equals > 0 ? arg.slice(0, equals) : arg) as Option;
    if (!OPTIONS.includes(name)) return { error: `Unknown option ${name}.` };
    const value = equals > 0 ? arg.slice(equals + 1) : argv[++i];
    if (value === undefined || value === '' || (equals < 0 && value.startsWith('--'))) return { error: `${name} needs a value.` };
    values.set(name, value);
  }
  if (helpdesk === null) return { error: 'Name the helpdesk to pull from: zendesk or helpscout.' };
  if (!HELPDESKS.includes(helpdesk as Helpdesk)) return { error: `"${helpdesk}" is not a helpdesk fairline pulls from: zendesk or helpscout.` };
  const since = values.get('--since');
  if (since === undefined) return { error: '--since is required: the date to pull from, such as 2025-01-01.' };
  const sinceMs = Date.parse(since);
  if (!ISO_DATE_TIME.test(since) || Number.isNaN(sinceMs)) return { error: `--since must be a date such as 2025-01-01 or 2025-01-01T00:00:00Z, not "${since}".` };
  if (sinceMs >= now) return { error: `--since must be in the past, not ${since}.` };
  const rates: Record<'--per-minute' | '--api-per-minute', number | null> = { '--per-minute': null, '--api-per-minute': null };
  for (const name of ['--per-minute', '--api-per-minute'] as const) {
    const raw = values.get(name);
    if (raw === undefined) continue;
    const rate = perMinute(name, raw);
    if (typeof rate === 'string') return { error: rate };
    rates[name] = rate;
  }
  return {
    helpdesk: helpdesk as Helpdesk,
    since,
    sinceMs,
    out: values.get('--out') ?? null,
    stateFile: values.get('--state') ?? null,
    settingsFile: values.get('--settings') ?? null,
    perMinute: rates['--per-minute'],
    apiPerMinute: rates['--api-per-minute'],
  };
}
