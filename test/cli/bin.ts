import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The compiled command line, built by test/setup/buildCli.ts before the tests run. */
export const FAIRLINE = join(ROOT, 'dist-cli', 'fairline.js');
