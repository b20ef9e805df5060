/**
 * `npm run bench:pipeline [-- --tickets N]`: the audit's whole pipeline on N generated tickets (100 000 by default)
 * in a fake Zendesk over loopback — pull → assess → report — each stage the compiled `fairline` as a whole process:
 * wall time, peak memory (maxRSS of that process) and output size. Then `fairline assess` against a process that
 * merely reads, parses and NFKC-normalises the same input, and what Zendesk's rate limit would make of the pull.
 * Figures only, no assertions. The fake API runs in this process, on the same cores as the pull it answers.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fakeZendesk } from '../test/helpers/fakeZendesk';
import { zendeskAccount } from './pipeline/zendeskData';

const ROOT = join(import.meta.dirname, '..');
const FAIRLINE = join(ROOT, 'dist-cli', 'fairline.js');
const PRELOAD = join(import.meta.dirname, 'pipeline', 'maxrss.mjs');
const flag = process.argv.indexOf('--tickets');
const COUNT = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
/** Zendesk: 10 requests a minute to the incremental exports, 1000 records a page. */
const EXPORT_PER_MINUTE = 10;
const PAGE = 1000;

interface Stage {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  code: number | null;
}

const work = mkdtempSync(join(tmpdir(), 'fairline-bench-'));

/** Runs one process with stdout to a file (or discarded): its wall time and peak memory. */
async function stage(args: string[], env: Record<string, string>, stdoutFile: string | null): Promise<Stage> {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PRELOAD, ...args], { cwd: ROOT, env: { ...process.env, ...env, FAIRLINE_BENCH_RSS_FILE: rssFile }, stdio: ['ignore', stdoutFile ? 'pipe' : 'ignore', 'pipe'] });
  if (stdoutFile && child.stdout) child.stdout.pipe(createWriteStream(stdoutFile));
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-2000)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) console.log(`  (exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')})`);
  const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpu: number };
  return { seconds, cpuSeconds: usage.cpu / 1e6, maxRssMb: usage.maxRSS / 1024, code };
}

const mb = (file: string) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;
const lineCount = async (file: string) => {
  let n = 0;
  for await (const chunk of createReadStream(file)) for (const byte of chunk as Buffer) if (byte === 10) n++;
  return n;
};
const row = (name: string, s: Stage, out: string) =>
  console.log(`  ${name.padEnd(34)} ${s.seconds.toFixed(1).padStart(7)} s (${s.cpuSeconds.toFixed(1).padStart(5)} s CPU) ${s.maxRssMb.toFixed(0).padStart(6)} MB peak  ${out}`);

console.log(`Generating ${COUNT.toLocaleString('en-US')} tickets in a fake Zendesk…`);
const data = zendeskAccount(COUNT);
const server = await fakeZendesk(data);
const env = { ZENDESK_API_URL: server.url, ZENDESK_EMAIL: 'bench@example.com', ZENDESK_API_TOKEN: 'bench-token' };
const contexts = join(work, 'contexts.jsonl');
const assessments = join(work, 'assessments.jsonl');

console.log(`\nThe pipeline on ${COUNT.toLocaleString('en-US')} tickets, ${data.comments.length.toLocaleString('en-US')} comments (each stage a process: wall time and its CPU time, peak memory, output)`);
const pulled = await stage([FAIRLINE, 'pull', 'zendesk', '--since', '2025-01-01', '--out', contexts, '--per-minute', '100000'], env, null);
const pages = { tickets: Math.ceil(COUNT / PAGE), events: Math.ceil(data.comments.length / PAGE) };
row('fairline pull zendesk (no pacing)', pulled, `${mb(contexts)}, ${(await lineCount(contexts)).toLocaleString('en-US')} contexts, ${pages.tickets + pages.events} export requests`);
await server.close();
const assessed = await stage([FAIRLINE, 'assess', contexts], {}, assessments);
row('fairline assess', assessed, `${mb(assessments)}, ${(COUNT / assessed.seconds).toFixed(0)} contexts/s`);

const html = join(work, 'report.html');
const reported = await stage([FAIRLINE, 'report', assessments, '--contexts', contexts, '--out', html], {}, null);
row('fairline report', reported, reported.code === 0 ? mb(html) : 'failed');

// The yardstick, compiled and started as the command line is (beside it, so that it finds the same packages).
const baselineJs = join(ROOT, 'dist-cli', 'bench-baseline.js');
await build({ entryPoints: [join(import.meta.dirname, 'pipeline', 'baseline.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: baselineJs, logLevel: 'warning' });
console.log('\nfairline assess against reading, parsing and NFKC-normalising the same input, as whole processes (best of 3)');
const best = async (args: string[], out: string | null) => {
  const runs: Stage[] = [];
  for (let k = 0; k < 3; k++) runs.push(await stage(args, {}, out));
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
};
const baseline = await best([baselineJs, contexts], null);
const assess = await best([FAIRLINE, 'assess', contexts], assessments);
row('read + parse + normalise', baseline, `${(COUNT / baseline.seconds).toFixed(0)} contexts/s`);
row('fairline assess', assess, `${(COUNT / assess.seconds).toFixed(0)} contexts/s`);
console.log(`  ratio ${(assess.seconds / baseline.seconds).toFixed(2)}× in wall time, ${(assess.cpuSeconds / baseline.cpuSeconds).toFixed(2)}× in CPU time (goal ≤ 6×)`);

const minutes = (pages.tickets + pages.events) / EXPORT_PER_MINUTE;
console.log(`\nWhat bounds a real pull: Zendesk allows ${EXPORT_PER_MINUTE} export requests a minute, ${PAGE} records a page`);
console.log(`  ${pages.tickets} ticket pages + ${pages.events} comment-event pages = ${minutes.toFixed(0)} minutes at the limit`);
console.log(`  ≈ ${Math.round(COUNT / minutes).toLocaleString('en-US')} tickets a minute through the API; assess takes ${(COUNT / assess.seconds * 60).toLocaleString('en-US', { maximumFractionDigits: 0 })} a minute`);
rmSync(work, { recursive: true, force: true });
