import { reportAccuracy } from './accuracy';
import { loadCorpus } from './corpus';

const corpus = loadCorpus();
if (corpus === null) console.log('No labelled corpus at ../shared/corpus; accuracy skipped.');
else reportAccuracy(corpus, process.argv.includes('--misses'));
