import { EXIT, type Command } from './io';

// A stand-in until `fairline report` is built (issue 14): that work replaces this file.
export const reportCommand: Command = async (_argv, io) => {
  io.stderr.write('fairline report is not built yet.\n');
  return EXIT.usage;
};
