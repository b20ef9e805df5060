import { EXIT, type Command } from './io';

export const pullCommand: Command = async (_argv, io) => {
  io.stderr.write('fairline pull is being built.\n');
  return EXIT.usage;
};
