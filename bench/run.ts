import { reportAccuracy } from './accuracy';
import { loadCorpus } from './corpus';
import { reportHoldout } from './holdout';
import { reportHostile, reportThroughput } from './throughput';

/** `npm run bench [-- --misses] [-- --quick]`: accuracy on the labelled corpus and the held-out set, throughput, hostile input. */
const args = process.argv.slice(2);
const corpus = loadCorpus();
if (corpus === null) console.log('No labelled corpus at ../shared/corpus; accuracy skipped.');
else reportAccuracy(corpus, args.includes('--misses'));
reportHoldout(args.includes('--misses'));
if (!args.includes('--accuracy-only')) {
  reportThroughput(args.includes('--quick') ? 2_000 : 20_000);
  reportHostile();
}
