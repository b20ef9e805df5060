/** `npm run build:helpscout [-- --out-dir <dir>]`: the Help Scout page the companion server serves, in dist-helpscout/ by default. */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ROOT } from './paths';

export const HELPSCOUT_DIST = join(ROOT, 'dist-helpscout');

export async function buildHelpScout(outDir: string = HELPSCOUT_DIST): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'src'),
    // Relative URLs, so the callback URL may live under any path of the server.
    base: './',
    plugins: [react()],
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, assetsDir: 'assets', emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(ROOT, 'src', 'helpscout.html') } },
  });
  renameSync(join(outDir, 'helpscout.html'), join(outDir, 'index.html'));
  const html = join(outDir, 'index.html');
  if (!existsSync(html) || !readFileSync(html, 'utf8').includes('<meta name="fairline-session" content="">')) {
    throw new Error('The Help Scout build lost the session meta slot');
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
  await buildHelpScout(values['out-dir'] === undefined ? HELPSCOUT_DIST : resolve(values['out-dir']));
}
