import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
const PAGE = join(DIST, 'assets', 'index.html');
/** What the build reads: a change to any of it makes dist/ stale. */
const INPUTS = ['src', 'translations', 'assets', 'manifest.json', 'scripts/buildApp.ts', 'scripts/build.ts', 'package-lock.json'];

export const installation = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'installation.json'), 'utf8')) as {
  settings: Record<string, string>;
  env: Record<string, string>;
};

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function newest(path: string): number {
  const info = statSync(path);
  return info.isDirectory() ? Math.max(0, ...filesUnder(path).map((f) => statSync(f).mtimeMs)) : info.mtimeMs;
}

const LOCK = join(ROOT, 'node_modules', '.cache', 'fairline-dist.lock');
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Test files run in parallel workers; one builds while the others wait for it. */
function locked(build: () => void): void {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true });
      pause(100);
    }
  }
  try {
    build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * dist/ as `npm run build` leaves it. The build runs only when dist/ is missing or older than its inputs, and then
 * with the fixture's fake secrets in its environment, as a CI job's secrets would be. NODE_ENV is the shell's, not
 * the test runner's "test", which would make the JSX transform call React's development runtime.
 */
export function builtApp(): { page: string; files: string[] } {
  const stale = () => !existsSync(PAGE) || Math.max(...INPUTS.map((p) => newest(join(ROOT, p)))) > statSync(PAGE).mtimeMs;
  if (stale()) {
    locked(() => {
      if (!stale()) return;
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, env: { ...process.env, ...installation.env, NODE_ENV: 'production' }, encoding: 'utf8' });
      if (!existsSync(PAGE)) throw new Error(`The build wrote no page:\n${result.stderr}`);
    });
  }
  return { page: readFileSync(PAGE, 'utf8'), files: filesUnder(DIST) };
}

export const relativeToRoot = (file: string) => relative(ROOT, file);
