// Preloaded into each stage's process (node --import): on exit, writes the process's peak resident memory (KB) and
// CPU time (µs) to the file the bench names, so that each stage is measured alone, as the whole process it is.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  if (process.env.FAIRLINE_BENCH_RSS_FILE) writeFileSync(process.env.FAIRLINE_BENCH_RSS_FILE, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
});
