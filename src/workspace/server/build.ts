import { join } from 'node:path';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const WORKSPACE_OUT = join(ROOT, 'node_modules', '.fairline-workspace');
export const SDK_FILE = 'zaf_sdk.js';

/** Builds the workspace page, and the pinned ZAF SDK as the same browser script Zendesk serves from its CDN. */
export async function buildWorkspace(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'src', 'workspace'),
    build: { outDir: WORKSPACE_OUT, emptyOutDir: true, target: 'es2022' },
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
