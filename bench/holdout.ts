import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess, DEFAULT_SETTINGS, parseTicketContext, type Behaviour } from '../src/rules';

/** A ticket of the held-out set: a TicketContext with the behaviour it should get. */
interface HeldOut {
  id: string;
  label: Behaviour;
  hard_negative: boolean;
}

// Behaviours whose response can be a warning or an ending; reading one where the label has none is a false escalation.
const ESCALATING = new Set<Behaviour>(['legal_threat', 'payment_dispute', 'review_extortion', 'belligerent', 'willful_ignorance']);
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

/**
 * Accuracy on bench/holdout: 200 tickets written apart from the lexicons and the corpus, a quarter of them hard
 * negatives, and measured once, after the lexicons were last changed. Tuning the rules on them spends them.
 */
export function reportHoldout(showMisses: boolean, clock = new Date('2026-11-20T10:00:00Z')): void {
  console.log('\nHeld-out tickets (bench/holdout, never used to tune the rules)');
  for (const language of ['en', 'ar']) {
    const lines = readFileSync(join(import.meta.dirname, 'holdout', `${language}.jsonl`), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const results = lines.map((line) => {
      const raw = JSON.parse(line) as HeldOut;
      const parsed = parseTicketContext(raw);
      if (!parsed.ok) throw new Error(`${raw.id}: ${parsed.error}`);
      return { raw, primary: assess(parsed.context, DEFAULT_SETTINGS, clock).behaviour.primary };
    });
    const hits = results.filter((r) => r.primary === r.raw.label);
    const negatives = results.filter((r) => r.raw.hard_negative);
    const escalations = results.filter((r) => ESCALATING.has(r.primary) && !ESCALATING.has(r.raw.label));
    console.log(
      `  ${language}   behaviour ${pct(hits.length, results.length).padStart(6)} of ${results.length}  ` +
        `hard negatives ${negatives.filter((r) => r.primary === r.raw.label).length}/${negatives.length}  false escalations ${escalations.length}`,
    );
    if (showMisses) for (const r of results.filter((x) => x.primary !== x.raw.label)) console.log(`    ${r.raw.id}: ${r.raw.label} read as ${r.primary}`);
  }
}
