/**
 * `npm run build`: a Zendesk-ready dist/, and the gzip size of the sidebar's initial JavaScript against its budget;
 * then the Help Scout page in dist-helpscout/, which the companion server and the workspace's Help Scout mode serve.
 */
import { buildApp } from './buildApp';
import { buildHelpScout, HELPSCOUT_DIST } from './buildHelpScout';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kb, measureDeferred } from './bundleSize';
import { DIST, INITIAL_JS_BUDGET } from './paths';

const sizes = await buildApp(DIST);
const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
console.log('Initial JavaScript of the sidebar (gzip):');
for (const s of sizes) console.log(`  ${s.file.padEnd(32)} ${kb(s.bytes).padStart(10)}  ${kb(s.gzip).padStart(10)} gzip`);
console.log(`  ${'total'.padEnd(32)} ${''.padStart(10)}  ${kb(total).padStart(10)} gzip (budget ${kb(INITIAL_JS_BUDGET)})`);
console.log('Loaded after first paint, beside the helpdesk reads (gzip):');
for (const s of measureDeferred(join(DIST, 'assets'), readFileSync(join(DIST, 'assets', 'index.html'), 'utf8'))) {
  console.log(`  ${s.file.padEnd(32)} ${kb(s.bytes).padStart(10)}  ${kb(s.gzip).padStart(10)} gzip`);
}
if (total > INITIAL_JS_BUDGET) {
  console.error(`Over budget by ${kb(total - INITIAL_JS_BUDGET)}.`);
  process.exitCode = 1;
}

const started = performance.now();
await buildHelpScout();
console.log(`Help Scout page: ${HELPSCOUT_DIST} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
