import { LANGUAGES, type Language } from '../rules';

export interface AssessArgs {
  input: string | null;
  settingsFile: string | null;
  locale: Language | null;
  /** One readable line per ticket instead of JSON. */
  summary: boolean;
}

export const USAGE = 'Usage: npm run assess -- [FILE.jsonl] [--settings FILE.json] [--locale en|ar] [--summary]\nReads standard input when no file is given.';

/** Parses command-line arguments; returns a plain-words error instead of throwing. */
export function parseArgs(argv: readonly string[]): AssessArgs | { error: string } {
  const args: AssessArgs = { input: null, settingsFile: null, locale: null, summary: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = argv[i + 1];
    if (arg === '--settings' || arg === '--locale') {
      if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value.` };
      i++;
      if (arg === '--settings') args.settingsFile = value;
      else if (LANGUAGES.includes(value as Language)) args.locale = value as Language;
      else return { error: `--locale must be one of ${LANGUAGES.join(', ')}, not "${value}".` };
    } else if (arg === '--summary') {
      args.summary = true;
    } else if (arg === '-') {
      args.input = null;
    } else if (arg.startsWith('--')) {
      return { error: `Unknown option ${arg}.` };
    } else if (args.input !== null) {
      return { error: `Only one input file can be given (got "${args.input}" and "${arg}").` };
    } else {
      args.input = arg;
    }
  }
  return args;
}
