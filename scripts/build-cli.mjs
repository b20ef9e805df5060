/**
 * `npm run build:cli`: compiles the `fairline` command line (src/cli/fairline.ts) into one JavaScript file,
 * dist-cli/fairline.js, which the package's `bin` runs; packages stay in node_modules. With `--if-stale` it builds
 * only when a source file it was built from changed since (the npm scripts run it so first, in about 0.1 s).
 * The file is written beside its place and renamed into it, so runs started together never read half a file.
 * Plain JavaScript, so that nothing has to be compiled before the compiler runs.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist-cli', 'fairline.js');
const META = join(ROOT, 'dist-cli', 'inputs.json');

/** Whether any input of the last build (or package.json, which names the packages left out) is newer than the output. */
function stale() {
  if (!existsSync(OUT) || !existsSync(META)) return true;
  const built = statSync(OUT).mtimeMs;
  const inputs = [...JSON.parse(readFileSync(META, 'utf8')), 'package.json'];
  return inputs.some((file) => !existsSync(join(ROOT, file)) || statSync(join(ROOT, file)).mtimeMs > built);
}

export async function buildCli() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/fairline.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    write: false,
    metafile: true,
    logLevel: 'warning',
    outfile: OUT,
  });
  mkdirSync(dirname(OUT), { recursive: true });
  const [file] = result.outputFiles;
  const partial = `${OUT}.${process.pid}.partial`;
  writeFileSync(partial, file.contents, { mode: 0o755 });
  renameSync(partial, OUT);
  writeFileSync(META, JSON.stringify(Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'))));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || stale()) await buildCli();
}
