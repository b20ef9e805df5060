import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The command-line tests run the compiled `fairline` (dist-cli/fairline.js), as the package's bin does: built once. */
export default function setup(): void {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build-cli.mjs'), '--if-stale'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The command line did not build: ${result.stderr}`);
}
