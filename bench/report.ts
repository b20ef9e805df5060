/**
 * `npm run bench:report [-- COUNT]`: generated contexts (default 20,000) through `assess` and `report` as whole
 * processes, as a support lead runs them; prints each stage's wall time and peak memory, and the report's size. Two
 * inputs: bench/generate.ts's tickets (one customer each, one day) and bench/auditData.ts's year of returning customers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLines } from './auditData';
import { generateLines } from './generate';

const ROOT = join(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 20_000);

const FAIRLINE = join(ROOT, 'dist-cli', 'fairline.js');

/** Runs a `fairline` subcommand under /usr/bin/time: its wall time in seconds and peak resident memory in MB. */
function timed(args: string[], stdout?: string): { seconds: number; peakMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, FAIRLINE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} ended with ${result.status}: ${result.stderr}`);
  if (stdout) writeFileSync(stdout, result.stdout);
  const [seconds, kb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  return { seconds, peakMb: kb / 1024 };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [name, lines] of [
  ['bench/generate.ts', generateLines(count)],
  ['bench/auditData.ts', auditLines(count)],
] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'fairline-bench-report-'));
  const contexts = join(dir, 'contexts.jsonl');
  writeFileSync(contexts, `${lines.join('\n')}\n`);
  const assess = timed(['assess', contexts], join(dir, 'assessments.jsonl'));
  const report = timed(['report', join(dir, 'assessments.jsonl'), '--contexts', contexts, '--out', join(dir, 'report.html')]);
  const sizes = readdirSync(dir).filter((f) => f.startsWith('report')).map((f) => `${f} ${kb(statSync(join(dir, f)).size)}`);
  console.log(`${name}, ${count.toLocaleString('en')} contexts (${kb(statSync(contexts).size)}):`);
  console.log(`  assess  ${assess.seconds.toFixed(1)} s, peak ${assess.peakMb.toFixed(0)} MB`);
  console.log(`  report  ${report.seconds.toFixed(1)} s, peak ${report.peakMb.toFixed(0)} MB`);
  console.log(`  ${sizes.join(', ')}`);
}
