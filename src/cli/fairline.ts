import { fairline } from './dispatch';
import { processIo } from './io';

// The `fairline` command line (package.json "bin"), compiled to dist-cli/fairline.js by `npm run build:cli`.
process.exitCode = await fairline(process.argv.slice(2), processIo());
