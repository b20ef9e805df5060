import { LANGUAGES, type Language } from '../rules';

export interface AssessArgs {
  /** A file, or null for standard input ("-" or nothing). */
  input: string | null;
  settingsFile: string | null;
  locale: Language | null;
  /** One readable line per ticket instead of JSON. */
  summary: boolean;
}

export const USAGE = [
  'Usage: fairline assess [FILE.jsonl | -] [--settings FILE.json] [--locale en|ar] [--summary]',
  '',
  'Reads ticket contexts, one JSON object per line, from FILE or from standard input ("-" or no file),',
  'and writes one assessment per line to standard output; a line that cannot be assessed gets',
  '{"id", "line", "error"} and the run goes on.',
  '',
  '  --settings FILE  settings as JSON (SPEC §6); a setting that is wrong is named on standard error and its default used',
  '  --locale en|ar   the language of every reply, instead of each customer\'s own',
  '  --summary        one readable line per ticket instead of JSON',
  '  -h, --help       this help',
  '  --               what follows is a file name, even if it starts with "-"',
  '',
  'Exit codes: 0 every line answered (some perhaps with an error); 1 the input could not be read or the',
  'answers could not be written; 2 the command line is wrong.',
].join('\n');

type Parsed = AssessArgs | { help: true } | { error: string };

const WITH_VALUE = new Set(['--settings', '--locale']);

/**
 * Parses command-line arguments; returns a plain-words error instead of throwing. `summary: false` for a command
 * without the --summary option.
 */
export function parseArgs(argv: readonly string[], { summary = true } = {}): Parsed {
  const args: AssessArgs = { input: null, settingsFile: null, locale: null, summary: false };
  let inputGiven: string | null = null;
  let optionsEnded = false;
  const takeInput = (name: string): string | null => {
    if (inputGiven !== null) return `Only one input can be given (got "${inputGiven}" and "${name}").`;
    inputGiven = name;
    args.input = name === '-' && !optionsEnded ? null : name;
    return null;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      const problem = takeInput(arg);
      if (problem) return { error: problem };
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--summary' && summary) {
      args.summary = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (!WITH_VALUE.has(name)) return { error: `Unknown option ${name}.` };
    const value = equals > 0 ? arg.slice(equals + 1) : argv[++i];
    if (value === undefined || value === '' || (equals < 0 && value.startsWith('--'))) return { error: `${name} needs a value.` };
    if (name === '--settings') args.settingsFile = value;
    else if (LANGUAGES.includes(value as Language)) args.locale = value as Language;
    else return { error: `--locale must be one of ${LANGUAGES.join(', ')}, not "${value}".` };
  }
  return args;
}
