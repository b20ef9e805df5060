import { reportAccuracy } from './accuracy';
import { reportHostile, reportThroughput } from './throughput';

/**
 * `npm run bench [-- --misses] [-- --no-confusion] [-- --quick] [-- --accuracy-only]`: accuracy on every labelled set
 * (bench/sets.ts), throughput, hostile input.
 */
const args = process.argv.slice(2);
reportAccuracy(args.includes('--misses'), !args.includes('--no-confusion'));
if (!args.includes('--accuracy-only')) {
  reportThroughput(args.includes('--quick') ? 2_000 : 20_000);
  reportHostile();
}
