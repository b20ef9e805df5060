import type { Readable } from 'node:stream';

/** Where a command writes and reads: `process` itself, or a test's own streams. */
export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin?: Readable;
}
