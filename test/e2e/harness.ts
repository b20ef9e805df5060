import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { startWorkspace } from '../../src/workspace/server/serve';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'assets', 'screenshots');

/** On CI a missing browser fails the run; on a developer machine the suite is skipped with a message. */
export const browserMissing = !existsSync(CHROMIUM);
if (browserMissing && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: CI must install it (apt-get install chromium).`);
if (browserMissing) console.warn(`Skipping end-to-end tests: no Chromium at ${CHROMIUM} (apt-get install chromium).`);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  browser: Browser;
  server: Server;
  url: string;
  /** Console errors and page errors seen in the workspace or the app; a test fails on any. */
  errors: string[];
  open(query?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; app: FrameLocator }>;
  /** Closes the pages opened so far; the browser and server stay up for the next test. */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const { server, url } = await startWorkspace(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const errors: string[] = [];
  const pages: Page[] = [];
  return {
    browser,
    server,
    url,
    errors,
    async open(query = '', viewport = { width: 1400, height: 900 }) {
      const page = await browser.newPage({ viewport });
      pages.push(page);
      page.setDefaultTimeout(10_000);
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      await page.goto(`${url}${query}`);
      await page.waitForFunction(() => 'fairlineWorkspace' in window);
      return { page, app: page.frameLocator('iframe[title="Fairline"]:visible') };
    },
    async closePages() {
      await Promise.all(pages.splice(0).map((p) => p.close()));
    },
    async close() {
      await Promise.all(pages.splice(0).map((p) => p.close()));
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}
