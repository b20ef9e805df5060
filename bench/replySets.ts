// The labelled reply sets of corpus/replies/: who wrote them, and whether the word lists were tuned on them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Action, Language, LitmusKind } from '../src/rules';

export interface LabelledReply {
  id: string;
  lang: Language;
  action: Action | null;
  text: string;
  expect: { pass: boolean; kinds: LitmusKind[] };
}

/**
 * r11 was scored once before it was read (85.0% English, 78.3% Arabic), then tuned on; r6, r9, r10, r12, r13 and r14
 * were never read.
 */
export const REPLY_SETS: readonly { name: string; role: 'tuned on' | 'measured once' }[] = [
  { name: 'r1', role: 'tuned on' },
  { name: 'r3', role: 'tuned on' },
  { name: 'r4', role: 'tuned on' },
  { name: 'r2', role: 'tuned on' },
  { name: 'r5', role: 'tuned on' },
  { name: 'r7', role: 'tuned on' },
  { name: 'r8', role: 'tuned on' },
  { name: 'r11', role: 'tuned on' },
  { name: 'r6', role: 'measured once' },
  { name: 'r9', role: 'measured once' },
  { name: 'r10', role: 'measured once' },
  { name: 'r12', role: 'measured once' },
  { name: 'r13', role: 'measured once' },
  { name: 'r14', role: 'measured once' },
];

const DIR = join(import.meta.dirname, '..', 'corpus', 'replies');

/** One set's replies in one language, or null when the file is not there. */
export function readReplies(name: string, lang: Language): LabelledReply[] | null {
  const path = join(DIR, `${name}-${lang}.jsonl`);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LabelledReply);
}
