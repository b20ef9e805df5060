import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledCase {
  id: string;
  lang: string;
  context: unknown;
  expect: { behaviour: string; action: string; tier?: string };
}

/** The labelled examples kept beside the repo (../shared/corpus), or null when that folder is absent. */
export function loadCorpus(dir = join(import.meta.dirname, '..', '..', 'shared', 'corpus')): LabelledCase[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== ''))
    .map((l) => JSON.parse(l) as LabelledCase);
}
