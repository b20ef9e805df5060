import { assess, BEHAVIOURS, DEFAULT_SETTINGS, parseTicketContext, type Assessment } from '../src/rules';
import type { LabelledCase } from './corpus';

const ESCALATIONS = new Set(['warning_shot', 'terminate_with_refund', 'terminate_legal', 'walk_away']);
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

interface Scored {
  item: LabelledCase;
  result: Assessment;
}

function macroF1(scored: Scored[]): number {
  const f1s = BEHAVIOURS.map((b) => {
    const tp = scored.filter((s) => s.result.behaviour.primary === b && s.item.expect.behaviour === b).length;
    const fp = scored.filter((s) => s.result.behaviour.primary === b && s.item.expect.behaviour !== b).length;
    const fn = scored.filter((s) => s.result.behaviour.primary !== b && s.item.expect.behaviour === b).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}

/** Prints accuracy figures for the labelled corpus; lists the misses with --misses. */
export function reportAccuracy(corpus: LabelledCase[], showMisses: boolean): void {
  const scored: Scored[] = [];
  for (const item of corpus) {
    const parsed = parseTicketContext(item.context);
    if (!parsed.ok) throw new Error(`${item.id}: ${parsed.error}`);
    scored.push({ item, result: assess(parsed.context, DEFAULT_SETTINGS, new Date()) });
  }
  const languages = [...new Set(scored.map((s) => s.item.lang))].sort();
  console.log(`Accuracy on ${scored.length} labelled tickets`);
  for (const lang of [...languages, 'all']) {
    const group = lang === 'all' ? scored : scored.filter((s) => s.item.lang === lang);
    const behaviourHits = group.filter((s) => s.result.behaviour.primary === s.item.expect.behaviour).length;
    const actionHits = group.filter((s) => s.result.response.action === s.item.expect.action).length;
    const falseEscalations = group.filter((s) => ESCALATIONS.has(s.result.response.action) && !ESCALATIONS.has(s.item.expect.action)).length;
    const legalPredicted = group.filter((s) => s.result.behaviour.primary === 'legal_threat');
    const legalRight = legalPredicted.filter((s) => s.item.expect.behaviour === 'legal_threat').length;
    console.log(
      `  ${lang.padEnd(4)} behaviour ${pct(behaviourHits, group.length).padStart(6)}  macro-F1 ${macroF1(group).toFixed(3)}  ` +
        `action ${pct(actionHits, group.length).padStart(6)}  false escalations ${pct(falseEscalations, group.length).padStart(5)}  ` +
        `legal-threat precision ${legalPredicted.length === 0 ? 'n/a' : (legalRight / legalPredicted.length).toFixed(3)}`,
    );
  }
  if (!showMisses) return;
  for (const s of scored) {
    const { behaviour, action } = s.item.expect;
    if (s.result.behaviour.primary === behaviour && s.result.response.action === action) continue;
    const found = s.result.behaviour.signals.map((g) => `${g.kind}:"${g.evidence}"`).join(' ');
    console.log(`  MISS ${s.item.id} want ${behaviour}/${action} got ${s.result.behaviour.primary}/${s.result.response.action}  ${found}`);
  }
}
