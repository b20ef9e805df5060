import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export const installation = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'installation.json'), 'utf8')) as {
  settings: Record<string, string>;
  env: Record<string, string>;
};

/** The Help Scout side's secrets as a deployment would set them, fake; none may reach either build. */
const HELPSCOUT_ENV = {
  HELPSCOUT_APP_ID: 'fakeHsAppId7c1e4b9d2a6f',
  HELPSCOUT_APP_SECRET: 'fakeHsAppSecret3e8a1d6b9c4f7a2e5d0b',
  HELPSCOUT_SIGNATURE_SECRET: 'fakeHsSignKey5a2c9e6b3d0f7a4c1e8b',
  VITE_HELPSCOUT_APP_SECRET: 'fakeViteHsSecret8d3b6e1a4c7f0b9d2e',
};

/** Every fake secret in the builds' environment. */
export const FAKE_ENV: Readonly<Record<string, string>> = { ...installation.env, ...HELPSCOUT_ENV };

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

export interface Built {
  dir: string;
  /** The built HTML page. */
  page: string;
  files: string[];
}

export interface BuiltApps {
  zendesk: Built;
  helpscout: Built;
  /** The names of the environment variables the build process saw, of those in FAKE_ENV. */
  envSeen: string[];
}

// Both builds in one child process, so the fake secrets are in the environment Vite reads, as a CI job's would be.
// The first argument is a data file, not a script, so no script's "run when main" check can fire.
const BUILD = `
const [seenFile, buildApp, buildHelpScout, zendeskDir, helpscoutDir] = process.argv.slice(1);
const { writeFileSync } = await import('node:fs');
writeFileSync(seenFile, JSON.stringify(Object.keys(process.env)));
await (await import(buildApp)).buildApp(zendeskDir);
await (await import(buildHelpScout)).buildHelpScout(helpscoutDir);
`;

let built: BuiltApps | null = null;

/**
 * The Zendesk app (what `npm run build` writes to dist/, through the same buildApp) and the Help Scout page (what
 * `npm run build:helpscout` writes), always built afresh into a temporary folder, never read from dist/: a dist/
 * left by an ordinary build would have been built without the fake secrets, and the scan would then prove nothing.
 * Built once per test file. NODE_ENV is "production", not the runner's "test", which would make the JSX transform
 * call React's development runtime.
 */
export function builtApps(): BuiltApps {
  if (built) return built;
  const root = mkdtempSync(join(tmpdir(), 'fairline-built-'));
  process.on('exit', () => rmSync(root, { recursive: true, force: true }));
  const [zendesk, helpscout, seen] = [join(root, 'zendesk'), join(root, 'helpscout'), join(root, 'env-seen.json')];
  const args = [seen, join(ROOT, 'scripts', 'buildApp.ts'), join(ROOT, 'scripts', 'buildHelpScout.ts'), zendesk, helpscout];
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', BUILD, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...FAKE_ENV, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  const zendeskPage = join(zendesk, 'assets', 'index.html');
  const helpscoutPage = join(helpscout, 'index.html');
  if (result.status !== 0 || !existsSync(zendeskPage) || !existsSync(helpscoutPage)) {
    throw new Error(`The builds failed (exit ${result.status}):\n${result.stderr}`);
  }
  const names = JSON.parse(readFileSync(seen, 'utf8')) as string[];
  built = {
    zendesk: { dir: zendesk, page: readFileSync(zendeskPage, 'utf8'), files: filesUnder(zendesk) },
    helpscout: { dir: helpscout, page: readFileSync(helpscoutPage, 'utf8'), files: filesUnder(helpscout) },
    envSeen: Object.keys(FAKE_ENV).filter((name) => names.includes(name)),
  };
  return built;
}

/** A built file's path for messages: which build, then the path inside it. */
export function relativeToBuild(file: string): string {
  const apps = builtApps();
  for (const name of ['zendesk', 'helpscout'] as const) {
    if (file.startsWith(apps[name].dir)) return `${name}:${relative(apps[name].dir, file)}`;
  }
  return relative(ROOT, file);
}
