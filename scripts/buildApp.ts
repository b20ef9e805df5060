import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { measure, type ScriptSize } from './bundleSize';
import { ROOT } from './paths';

/** Builds a Zendesk-ready app folder: manifest.json, requirements.json, translations/, and assets/ with the iframe HTML, its JS and the images. */
export async function buildApp(dist: string): Promise<ScriptSize[]> {
  const assets = join(dist, 'assets');
  rmSync(dist, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'src'),
    // Zendesk serves the app's files from its own CDN path: every URL must be relative.
    base: './',
    plugins: [react()],
    mode: 'production',
    // React's production build, even when a test runner has set NODE_ENV to "test".
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir: assets, assetsDir: '.', emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(ROOT, 'src', 'index.html') } },
  });
  cpSync(join(ROOT, 'manifest.json'), join(dist, 'manifest.json'));
  // Created on install (user fields, team leads' views); `zcli apps:server` never installs it.
  cpSync(join(ROOT, 'requirements.json'), join(dist, 'requirements.json'));
  cpSync(join(ROOT, 'translations'), join(dist, 'translations'), { recursive: true });
  for (const file of readdirSync(join(ROOT, 'assets'))) {
    if (/^(logo(-small)?|screenshot-\d+)\.png$/.test(file)) cpSync(join(ROOT, 'assets', file), join(assets, file));
  }
  const html = join(assets, 'index.html');
  if (!existsSync(html)) throw new Error('The build did not write assets/index.html');
  return measure(assets, readFileSync(html, 'utf8'));
}
