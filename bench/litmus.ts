// `npm run bench:litmus [-- --misses]`: the litmus test on labelled replies (corpus/replies/), per set and language —
// pass/fail agreement, and precision and recall per kind. Misses are listed only for sets not marked 'measured once'.
import { LITMUS_KINDS, litmus, type LitmusKind } from '../src/rules';
import { readReplies, REPLY_SETS, type LabelledReply } from './replySets';

const pct = (n: number, of: number) => (of === 0 ? '   n/a' : `${((100 * n) / of).toFixed(1).padStart(5)}%`);

function report(name: string, replies: LabelledReply[], showMisses: boolean): void {
  let agree = 0;
  const per = new Map<LitmusKind, { tp: number; fp: number; fn: number }>(LITMUS_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  for (const reply of replies) {
    const result = litmus(reply.text, { action: reply.action, language: reply.lang });
    const got = new Set(result.findings.map((f) => f.kind));
    const want = new Set(reply.expect.kinds);
    if (result.pass === reply.expect.pass) agree++;
    else if (showMisses) console.log(`  ${reply.id} want ${reply.expect.pass ? 'pass' : [...want].join('+')} got ${result.pass ? 'pass' : result.findings.map((f) => `${f.kind} "${f.evidence.slice(0, 50)}"`).join(', ')}`);
    for (const kind of LITMUS_KINDS) {
      const counts = per.get(kind)!;
      if (got.has(kind) && want.has(kind)) counts.tp++;
      else if (got.has(kind)) counts.fp++;
      else if (want.has(kind)) counts.fn++;
    }
  }
  const failing = replies.filter((r) => !r.expect.pass).length;
  console.log(`${name}: pass/fail agreement ${pct(agree, replies.length)} of ${replies.length} (${failing} should fail)`);
  const cells = LITMUS_KINDS.map((kind) => {
    const { tp, fp, fn } = per.get(kind)!;
    return `${kind} P ${tp + fp ? (tp / (tp + fp)).toFixed(2) : ' n/a'} R ${tp + fn ? (tp / (tp + fn)).toFixed(2) : ' n/a'}`;
  });
  for (let k = 0; k < cells.length; k += 4) console.log(`    ${cells.slice(k, k + 4).join('   ')}`);
}

const showMisses = process.argv.includes('--misses');
for (const { name, role } of REPLY_SETS) {
  for (const lang of ['en', 'ar'] as const) {
    const replies = readReplies(name, lang);
    if (replies) report(`${name} ${lang} (${role})`, replies, showMisses && role !== 'measured once');
  }
}
