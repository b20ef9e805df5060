import { readFileSync } from 'node:fs';
import { readTicket } from '../../src/rules/assess';
import type { Facts } from '../../src/rules/facts';
import type { Features } from '../../src/rules/features';
import { DEFAULT_SETTINGS, parseTicketContext, type Behaviour } from '../../src/rules';

/** One labelled ticket, read as the classification reads it. */
export interface Example {
  id: string;
  lang: string;
  /** The file it came from without folder and `.jsonl`: writers are kept apart by file. */
  set: string;
  behaviour: Behaviour;
  /** null where the set gives no action (bench/holdout). */
  action: string | null;
  facts: Facts;
  features: Features;
  context: unknown;
}

/** The corpus format; bench/holdout's older lines are the context itself with a `label`. */
interface LabelledLine {
  id: string;
  lang?: string;
  context?: unknown;
  expect?: { behaviour: Behaviour; action: string };
  label?: Behaviour;
}

/** Reads labelled JSONL files (the corpus format of ../shared/corpus/WRITING-BRIEF.md) into examples. */
export function readExamples(files: readonly string[]): Example[] {
  return files.flatMap((file) => {
    const set = file.replace(/^.*\//, '').replace(/\.jsonl$/, '');
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const item = JSON.parse(line) as LabelledLine;
        const context = item.context ?? item;
        const behaviour = item.expect?.behaviour ?? item.label;
        if (behaviour === undefined) throw new Error(`${file} ${item.id}: no label`);
        const parsed = parseTicketContext(context);
        if (!parsed.ok) throw new Error(`${file} ${item.id}: ${parsed.error}`);
        const { facts, features } = readTicket(parsed.context, DEFAULT_SETTINGS, new Date(0));
        const lang = item.lang ?? set.replace(/^.*-/, '');
        return { id: item.id, lang, set, behaviour, action: item.expect?.action ?? null, facts, features, context };
      });
  });
}
