import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Behaviour } from '../src/rules';

/** What a labelled set is to the learned model: what it learned from, or what it was measured on once. */
export type Role = 'trained on' | 'measured once';

export interface LabelledSet {
  name: string;
  role: Role;
  /** One file per language. */
  files: { lang: string; path: string }[];
}

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared', 'corpus');
const both = (dir: string, name: string) => ['en', 'ar'].map((lang) => ({ lang, path: join(dir, `${name}-${lang}.jsonl`) }));
const writer = (name: string, role: Role): LabelledSet => ({ name, role, files: both(join(ROOT, 'corpus'), name) });

/**
 * Every labelled set, split by writer (corpus/README.md): the model learns from some writers and is measured once on
 * the others. dev and dev2 live beside the repo in ../shared/corpus and are skipped when it is absent.
 */
export const SETS: readonly LabelledSet[] = [
  { name: 'dev', role: 'trained on', files: both(SHARED, 'dev') },
  { name: 'dev2', role: 'trained on', files: both(SHARED, 'dev2') },
  // w6–w8 and bench/holdout were the first model's measured-once sets, w14–w16 the second's; each was learned from
  // once measured.
  ...['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9', 'w10', 'w11', 'w12', 'w13', 'w14', 'w15', 'w16', 'w17', 'w18', 'w19', 'w22', 'w23', 'w24', 'w25', 'w26', 'w27', 'w28', 'w29', 'w30'].map((name) => writer(name, 'trained on')),
  { name: 'holdout', role: 'trained on', files: ['en', 'ar'].map((lang) => ({ lang, path: join(ROOT, 'bench', 'holdout', `${lang}.jsonl`) })) },
  ...['w20', 'w21', 'w31', 'w32', 'w33'].map((name) => writer(name, 'measured once')),
];

/** The files of a set that are present (../shared may be absent, a writer's set may not be written yet). */
export const presentFiles = (set: LabelledSet) => set.files.filter((f) => existsSync(f.path));

/** Every present file of the sets the model learns from. */
export const trainingFiles = () => SETS.filter((s) => s.role === 'trained on').flatMap((s) => presentFiles(s).map((f) => f.path));

/** One labelled ticket as a file holds it: the context still to be validated, and its labels. */
export interface LabelledTicket {
  id: string;
  lang: string | undefined;
  context: unknown;
  behaviour: Behaviour;
  /** null where the set gives no action (bench/holdout). */
  action: string | null;
}

/** The lines of a labelled file: the corpus format, or bench/holdout's older one (the context itself with a `label`). */
export function readLabelled(path: string): LabelledTicket[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line) => {
    const item = JSON.parse(line) as { id: string; lang?: string; context?: unknown; label?: Behaviour; expect?: { behaviour: Behaviour; action: string } };
    const behaviour = item.expect?.behaviour ?? item.label;
    if (behaviour === undefined) throw new Error(`${path} ${item.id}: no label`);
    return { id: item.id, lang: item.lang, context: item.context ?? item, behaviour, action: item.expect?.action ?? null };
  });
}
