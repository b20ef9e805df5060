import { appendFileSync, createReadStream, existsSync, mkdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SPOOL_KINDS, type SpoolKind, type SpooledRecords } from './records';

export type SpoolSizes = Record<SpoolKind, number>;

/**
 * Append-only JSON-lines files in one folder, one per kind of record. A pull appends each page and then saves the
 * files' sizes with its cursor; a resumed pull cuts every file back to the saved size, so a page written after the
 * last save (the run was killed between the two) is dropped and fetched again, never kept twice.
 */
export class Spool {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    for (const kind of SPOOL_KINDS) if (!existsSync(this.file(kind))) writeFileSync(this.file(kind), '');
  }

  private file(kind: SpoolKind): string {
    return join(this.dir, `${kind}.jsonl`);
  }

  append<K extends SpoolKind>(kind: K, records: readonly SpooledRecords[K][]): void {
    if (records.length > 0) appendFileSync(this.file(kind), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  }

  sizes(): SpoolSizes {
    return Object.fromEntries(SPOOL_KINDS.map((kind) => [kind, statSync(this.file(kind)).size])) as SpoolSizes;
  }

  /** Cuts each file back to what was saved with the cursor. */
  rewind(sizes: SpoolSizes): void {
    for (const kind of SPOOL_KINDS) if (statSync(this.file(kind)).size > sizes[kind]) truncateSync(this.file(kind), sizes[kind]);
  }

  /** Every record of a kind, in the order written. The spool holds only what the pull wrote, so it is read as is. */
  async *read<K extends SpoolKind>(kind: K): AsyncGenerator<SpooledRecords[K]> {
    for await (const line of createInterface({ input: createReadStream(this.file(kind), { encoding: 'utf8' }), crlfDelay: Infinity })) {
      if (line !== '') yield JSON.parse(line) as SpooledRecords[K];
    }
  }
}
