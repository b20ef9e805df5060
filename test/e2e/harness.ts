import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import type { DemoCompanion } from '../../src/workspace/server/helpScoutCompanion';
import type { SecureSettings } from '../../src/workspace/server/secureSettings';
import { startWorkspace, type WorkspaceOptions } from '../../src/workspace/server/serve';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'assets', 'screenshots');

/** On CI a missing browser fails the run; on a developer machine the suite is skipped with a message. */
export const browserMissing = !existsSync(CHROMIUM);
if (browserMissing && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: CI must install it (apt-get install chromium).`);
if (browserMissing) console.warn(`Skipping end-to-end tests: no Chromium at ${CHROMIUM} (apt-get install chromium).`);

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  browser: Browser;
  server: Server;
  url: string;
  /** Console errors and page errors seen in the workspace or the app; a test fails on any. */
  errors: string[];
  open(query?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; app: FrameLocator }>;
  /** Help Scout mode's address, and the companion server and fake Mailbox API behind it. */
  helpScoutUrl: string;
  companion: DemoCompanion;
  /** The secure settings only the workspace server holds. */
  secureSettings: SecureSettings;
  /**
   * Opens Help Scout mode through Zendesk mode's `?helpdesk=helpscout` (which sends the browser on to its HTTPS
   * address, whose throwaway certificate this browser accepts), with the browser's language as the agent's.
   */
  openHelpScout(query?: string, options?: { locale?: string; viewport?: { width: number; height: number } }): Promise<{ page: Page; app: FrameLocator }>;
  /** Closes the pages opened so far; the browser and server stay up for the next test. */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A browser session for the enclosing suite: started before its first test and closed after its last; a test fails on
 * any console or page error. `closePages`: each test starts without the pages the one before it opened.
 * The session is reached through a stand-in, because the suite's code runs before the session has started.
 */
export function suiteSession(options: WorkspaceOptions = {}, { closePages = false } = {}): Session {
  let session: Session | undefined;
  const started = () => {
    if (!session) throw new Error('the suite session is used before its suite has started');
    return session;
  };
  beforeAll(async () => {
    session = await startSession(options);
  });
  afterAll(async () => session?.close());
  afterEach(async () => {
    expect(started().errors).toEqual([]);
    if (closePages) await started().closePages();
  });
  return new Proxy({} as Session, { get: (_, key) => Reflect.get(started(), key) });
}

export async function startSession(options: WorkspaceOptions = {}): Promise<Session> {
  const { server, url, helpScoutUrl, companion, secureSettings } = await startWorkspace(0, options);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const errors: string[] = [];
  const pages: Page[] = [];
  const contexts: BrowserContext[] = [];
  const watch = (page: Page) => {
    pages.push(page);
    page.setDefaultTimeout(10_000);
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    return page;
  };
  return {
    browser,
    server,
    url,
    errors,
    helpScoutUrl,
    companion,
    secureSettings,
    async openHelpScout(query = '', { locale = 'en-US', viewport = { width: 1400, height: 900 } } = {}) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, locale, viewport });
      contexts.push(context);
      const page = watch(await context.newPage());
      await page.goto(`${url}?helpdesk=helpscout${query ? `&${query.replace(/^\?/, '')}` : ''}`);
      await page.waitForFunction(() => 'fairlineWorkspace' in window);
      return { page, app: page.frameLocator('iframe[title="Fairline"]') };
    },
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
      await Promise.all(contexts.splice(0).map((c) => c.close()));
    },
    async close() {
      await Promise.all(pages.splice(0).map((p) => p.close()));
      await Promise.all(contexts.splice(0).map((c) => c.close()));
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}
