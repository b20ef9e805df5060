import { SUBCOMMANDS } from './commands';
import { EXIT, type CommandIo } from './io';

const USAGE = [
  'Usage: fairline <command> [options]',
  '',
  ...Object.entries(SUBCOMMANDS).map(([name, { summary }]) => `  ${name.padEnd(8)} ${summary}`),
  '',
  '`fairline <command> --help` prints the options of one command.',
  'Exit codes: 0 done; 1 the input, the output or the helpdesk failed; 2 the command line or the environment is wrong.',
].join('\n');

/** Runs `fairline <command> …`: the subcommand's exit code, or 2 for a command line that names none. */
export async function fairline(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    (name === undefined ? io.stderr : io.stdout).write(`${USAGE}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`"${name}" is not a fairline command.\n${USAGE}\n`);
    return EXIT.usage;
  }
  return (await command.load())(rest, io);
}
