import { readLabelled } from '../../bench/sets';
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

/** Reads labelled JSONL files (the corpus format of ../shared/corpus/WRITING-BRIEF.md) into examples. */
export function readExamples(files: readonly string[]): Example[] {
  return files.flatMap((file) => {
    const set = file.replace(/^.*\//, '').replace(/\.jsonl$/, '');
    return readLabelled(file).map((item) => {
      const parsed = parseTicketContext(item.context);
      if (!parsed.ok) throw new Error(`${file} ${item.id}: ${parsed.error}`);
      const { facts, features } = readTicket(parsed.context, DEFAULT_SETTINGS, new Date(0));
      return { id: item.id, lang: item.lang ?? set.replace(/^.*-/, ''), set, behaviour: item.behaviour, action: item.action, facts, features, context: item.context };
    });
  });
}
