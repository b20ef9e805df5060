import { assess, BEHAVIOURS, DEFAULT_SETTINGS, parseTicketContext, type Behaviour } from '../src/rules';
import { ESCALATING } from '../src/rules/classify';
import { presentFiles, readLabelled, SETS, type LabelledSet } from './sets';

const SHORT: Record<Behaviour, string> = {
  legal_threat: 'legal', payment_dispute: 'disput', review_extortion: 'review', belligerent: 'bellig',
  willful_ignorance: 'willfl', unreasonable_demand: 'demand', customer_error: 'error', legitimate: 'legit',
};
const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1)}%`.padStart(6));

export interface Scored {
  id: string;
  want: Behaviour;
  got: Behaviour;
  wantAction: string | null;
  gotAction: string | null;
  signals: string;
}

/** Scores one labelled file with `assess`, as the product answers. */
function scoreFile(path: string): Scored[] {
  return readLabelled(path).map((item) => {
    const parsed = parseTicketContext(item.context);
    if (!parsed.ok) throw new Error(`${path} ${item.id}: ${parsed.error}`);
    const result = assess(parsed.context, DEFAULT_SETTINGS, new Date('2026-11-01T12:00:00Z'));
    return {
      id: item.id,
      want: item.behaviour,
      got: result.behaviour.primary,
      wantAction: item.action,
      gotAction: result.response.action,
      signals: result.behaviour.signals.map((s) => `${s.kind}:"${s.evidence}"`).join(' '),
    };
  });
}

function macroF1(scored: readonly Scored[]): number {
  const f1s = BEHAVIOURS.map((b) => {
    const tp = scored.filter((s) => s.got === b && s.want === b).length;
    const fp = scored.filter((s) => s.got === b && s.want !== b).length;
    const fn = scored.filter((s) => s.got !== b && s.want === b).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}

export interface Figures {
  n: number;
  accuracy: number;
  falseEscalations: number;
  missedEscalations: number;
}

/** One line of figures for a group of scored tickets. */
export function figures(scored: readonly Scored[]): { line: string; figures: Figures } {
  const hits = scored.filter((s) => s.got === s.want).length;
  const withAction = scored.filter((s) => s.wantAction !== null);
  const actionHits = withAction.filter((s) => s.gotAction === s.wantAction).length;
  const innocents = scored.filter((s) => !ESCALATING.has(s.want));
  const falseEsc = innocents.filter((s) => ESCALATING.has(s.got)).length;
  const owed = scored.filter((s) => ESCALATING.has(s.want));
  const missed = owed.filter((s) => !ESCALATING.has(s.got)).length;
  const legalSaid = scored.filter((s) => s.got === 'legal_threat');
  const legalPrecision = legalSaid.length === 0 ? 'n/a' : (legalSaid.filter((s) => s.want === 'legal_threat').length / legalSaid.length).toFixed(3);
  return {
    line:
      `behaviour ${pct(hits, scored.length)} of ${String(scored.length).padStart(4)}  macro-F1 ${macroF1(scored).toFixed(3)}  action ${pct(actionHits, withAction.length)}  ` +
      `false escalations ${pct(falseEsc, innocents.length)}  missed ${pct(missed, owed.length)}  legal precision ${legalPrecision}`,
    figures: { n: scored.length, accuracy: hits / Math.max(scored.length, 1), falseEscalations: falseEsc / Math.max(innocents.length, 1), missedEscalations: missed / Math.max(owed.length, 1) },
  };
}

/** Rows are the labels, columns what the rules said. */
function confusion(scored: readonly Scored[]): string[] {
  const head = `      ${'want \\ got'.padEnd(8)}${BEHAVIOURS.map((b) => SHORT[b].padStart(7)).join('')}`;
  return [head, ...BEHAVIOURS.map((want) => `      ${SHORT[want].padEnd(8)}  ${BEHAVIOURS.map((got) => String(scored.filter((s) => s.want === want && s.got === got).length || '.').padStart(7)).join('')}`)];
}

/**
 * Prints, per labelled set and language: behaviour accuracy, macro-F1, action accuracy, false escalations (share of
 * the tickets that call for no warning or ending that get one), missed escalations, legal-threat precision and the
 * confusion matrix; then the sets measured once, together. `--misses` lists every mislabelled ticket.
 */
export function reportAccuracy(showMisses: boolean, showConfusion: boolean): void {
  const once: Record<string, Scored[]> = { en: [], ar: [] };
  for (const set of SETS) reportSet(set, showMisses, showConfusion, once);
  console.log('\nAll sets measured once (writers the model never learned from), together');
  for (const [lang, scored] of Object.entries(once)) if (scored.length > 0) console.log(`  ${lang}   ${figures(scored).line}`);
}

function reportSet(set: LabelledSet, showMisses: boolean, showConfusion: boolean, once: Record<string, Scored[]>): void {
  const files = presentFiles(set);
  if (files.length === 0) {
    console.log(`\n${set.name}: not here (skipped)`);
    return;
  }
  console.log(`\n${set.name} (${set.role})`);
  for (const { lang, path } of files) {
    const scored = scoreFile(path);
    if (set.role === 'measured once') once[lang]?.push(...scored);
    console.log(`  ${lang}   ${figures(scored).line}`);
    if (showConfusion) for (const row of confusion(scored)) console.log(row);
    if (showMisses) for (const s of scored.filter((x) => x.got !== x.want)) console.log(`    MISS ${s.id} want ${s.want} got ${s.got}  ${s.signals}`);
  }
}
