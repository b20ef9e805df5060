import { BATCH_SIZE } from '../src/cli/assessLine';
import { assess, assessEach, DEFAULT_SETTINGS, normalise, parseTicketContext, type TicketContext } from '../src/rules';
import { generateLines, hostileComment } from './generate';

const CLOCK = new Date('2026-11-01T12:00:00Z');

/** CPU time of the process in milliseconds: steadier than wall time on a shared machine. */
function time(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function parse(line: string): TicketContext {
  const parsed = parseTicketContext(JSON.parse(line));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.context;
}

/** The cheapest honest pass over the same input: parse, validate and normalise (SPEC §4) every customer comment once. */
function parseAndNormalise(lines: readonly string[]): void {
  for (const line of lines) for (const c of parse(line).ticket.comments) if (c.author === 'customer') normalise(c.body, { deleet: true });
}

/** What `npm run assess` does with the same lines: parse them and assess them in its batches. */
function parseAndAssess(lines: readonly string[]): void {
  for (let k = 0; k < lines.length; k += BATCH_SIZE) assessEach(lines.slice(k, k + BATCH_SIZE).map(parse), DEFAULT_SETTINGS, CLOCK);
}

/** What the panel does: one ticket at a time. */
function parseAndAssessEach(lines: readonly string[]): void {
  for (const line of lines) assess(parse(line), DEFAULT_SETTINGS, CLOCK);
}

/** Rounds of each measurement; the baseline and the full pass alternate, and the medians are compared. */
const ROUNDS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function reportThroughput(count: number): void {
  for (const mixed of [true, false]) {
    const lines = generateLines(count, 42, mixed);
    const megabytes = lines.reduce((n, l) => n + l.length, 0) / 1e6;
    // Warm up the JIT on a slice before measuring.
    const passes = { baseline: parseAndNormalise, batch: parseAndAssess, single: parseAndAssessEach };
    for (const pass of Object.values(passes)) pass(lines.slice(0, 500));
    // Alternating rounds, so that a burst of load on a shared machine falls on every pass alike.
    const rounds = { baseline: [] as number[], batch: [] as number[], single: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) for (const [name, pass] of Object.entries(passes)) rounds[name as keyof typeof passes].push(time(() => pass(lines)));
    const baseline = median(rounds.baseline);
    const kind = mixed ? 'every message mixing English and Arabic' : 'each ticket in one language';
    console.log(`\nThroughput on ${count} generated contexts, ${kind} (${megabytes.toFixed(1)} MB), median of ${ROUNDS} rounds`);
    const line = (label: string, ms: number) => console.log(`  ${label.padEnd(48)} ${(count / (ms / 1000)).toFixed(0).padStart(7)} contexts/s  (${ms.toFixed(0)} ms CPU)`);
    line('parse + normalise', baseline);
    line(`parse + assess, batches of ${BATCH_SIZE} (npm run assess)`, median(rounds.batch));
    line('parse + assess, one at a time (the panel)', median(rounds.single));
    for (const name of ['batch', 'single'] as const) {
      const ratios = rounds.baseline.map((b, k) => (rounds[name][k] ?? 0) / b);
      const label = name === 'batch' ? 'in batches' : 'one at a time';
      // Issue 15's goals: the batch command within 3× the baseline, the panel's path within 5×.
      const goal = name === 'batch' ? 3 : 5;
      console.log(
        `  assess ${label} costs ${(median(rounds[name]) / baseline).toFixed(2)}× parsing and normalising (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; goal: at most ${goal}×)`,
      );
    }
  }
}

export function reportHostile(): void {
  console.log('\nOne hostile comment (obfuscation, mixed scripts, invisible characters, quotes)');
  const timings: number[] = [];
  const contextOf = (megabytes: number): TicketContext => ({
    id: 'hostile',
    ticket: { tags: [], comments: [{ author: 'customer', body: hostileComment(megabytes * 1_000_000) }] },
    customer: { lifetimeValue: 100, orderCount: 1, tags: [] },
    history: [],
  });
  // Warm up the JIT on a smaller comment, so that the first size measured does not also pay for compiling.
  assess(contextOf(0.25), DEFAULT_SETTINGS, CLOCK);
  for (const megabytes of [1, 2]) {
    const context = contextOf(megabytes);
    const runs = [0, 1, 2, 3, 4].map(() => time(() => assess(context, DEFAULT_SETTINGS, CLOCK))).sort((a, b) => a - b);
    const median = runs[2] ?? 0;
    timings.push(median);
    console.log(`  ${megabytes} MB comment: ${median.toFixed(0)} ms (median of 5)`);
  }
  console.log(`  2 MB / 1 MB = ${((timings[1] ?? 0) / (timings[0] ?? 1)).toFixed(2)} (linear is about 2)`);
}
