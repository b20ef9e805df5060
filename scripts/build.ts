/** `npm run build`: a Zendesk-ready dist/ (manifest.json, translations/, assets/ with the iframe HTML), and the size of its initial JS. */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { kb, measure } from './bundleSize';
import { DIST, DIST_ASSETS, INITIAL_JS_BUDGET, ROOT } from './paths';

rmSync(DIST, { recursive: true, force: true });
await build({
  configFile: false,
  logLevel: 'warn',
  root: join(ROOT, 'src'),
  // Zendesk serves the app's files from its own CDN path: every URL must be relative.
  base: './',
  plugins: [react()],
  build: {
    outDir: DIST_ASSETS,
    assetsDir: '.',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: join(ROOT, 'src', 'index.html') },
  },
});

cpSync(join(ROOT, 'manifest.json'), join(DIST, 'manifest.json'));
cpSync(join(ROOT, 'translations'), join(DIST, 'translations'), { recursive: true });
for (const file of readdirSync(join(ROOT, 'assets'))) {
  if (/^(logo(-small)?|screenshot-\d)\.(png|svg)$/.test(file)) cpSync(join(ROOT, 'assets', file), join(DIST_ASSETS, file));
}

const html = join(DIST_ASSETS, 'index.html');
if (!existsSync(html)) throw new Error('The build did not write dist/assets/index.html');
const sizes = measure(DIST_ASSETS, readFileSync(html, 'utf8'));
const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
console.log('Initial JavaScript of the sidebar (gzip):');
for (const s of sizes) console.log(`  ${s.file.padEnd(32)} ${kb(s.bytes).padStart(10)}  ${kb(s.gzip).padStart(10)} gzip`);
console.log(`  ${'total'.padEnd(32)} ${''.padStart(10)}  ${kb(total).padStart(10)} gzip (budget ${kb(INITIAL_JS_BUDGET)})`);
if (total > INITIAL_JS_BUDGET) {
  console.error(`Over budget by ${kb(total - INITIAL_JS_BUDGET)}.`);
  process.exitCode = 1;
}
