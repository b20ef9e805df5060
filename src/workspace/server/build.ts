import { join } from 'node:path';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const WORKSPACE_OUT = join(ROOT, 'node_modules', '.fairline-workspace');
export const SDK_FILE = 'zaf_sdk.js';

let built: Promise<void> | null = null;

/** Builds the workspace once per process: a second server in the same process (tests) reuses the first build. */
export function buildWorkspace(): Promise<void> {
  built ??= buildPages();
  built.catch(() => (built = null));
  return built;
}

/** The two host pages (Zendesk mode and Help Scout mode), and the pinned ZAF SDK as the same browser script Zendesk serves from its CDN. */
async function buildPages(): Promise<void> {
  const root = join(ROOT, 'src', 'workspace');
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      outDir: WORKSPACE_OUT,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { index: join(root, 'index.html'), helpscout: join(root, 'helpscout.html') } },
    },
  });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(WORKSPACE_OUT, 'vendor'),
      emptyOutDir: false,
      lib: {
        entry: join(ROOT, 'node_modules', 'zendesk_app_framework_sdk', 'lib', 'index.js'),
        name: 'ZAFClient',
        formats: ['iife'],
        fileName: () => SDK_FILE,
      },
    },
  });
}
