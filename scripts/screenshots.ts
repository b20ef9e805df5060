/**
 * Marketplace screenshots (1024×768) of the built app in the local agent workspace:
 * `npm run build && npx tsx scripts/screenshots.ts`. Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startWorkspace } from '../src/workspace/server/serve';
import { ROOT } from './paths';

const SHOTS = [
  { query: '?ticket=5001', file: 'screenshot-0.png' },
  { query: '?ticket=5007', file: 'screenshot-1.png' },
  { query: '?ticket=5012&locale=ar', file: 'screenshot-2.png' },
];

const { server, url } = await startWorkspace(0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${url}${shot.query}`);
    await page.frameLocator('iframe[title="Fairline"]:visible').getByRole('textbox').first().waitFor();
    await page.screenshot({ path: join(ROOT, 'assets', shot.file) });
    await page.close();
    console.log(`Wrote assets/${shot.file}`);
  }
} finally {
  await browser.close();
  server.close();
}
