import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { auditLines } from '../../bench/auditData';
import { assessLines } from '../../src/cli/assessLine';
import { reportCommand } from '../../src/cli/report';
import { DEFAULT_SETTINGS } from '../../src/rules';
import { browserMissing, CHROMIUM, FLAGS, screenshotPath } from './harness';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/{id}';

/** A year of demo tickets through assess and report, as a support lead would run them, in both languages. */
async function writeReports(): Promise<Record<'en' | 'ar', string>> {
  const dir = mkdtempSync(join(tmpdir(), 'fairline-report-e2e-'));
  const contexts = auditLines(2000);
  const assessments = assessLines(contexts.map((text, k) => ({ text, number: k + 1 })), DEFAULT_SETTINGS, new Date('2026-12-01T00:00:00Z'), null);
  writeFileSync(join(dir, 'contexts.jsonl'), `${contexts.join('\n')}\n`);
  writeFileSync(join(dir, 'assessments.jsonl'), `${assessments.join('\n')}\n`);
  const quiet = { stdin: Readable.from([]), stdout: new Writable({ write: (_chunk, _encoding, done) => done() }), stderr: new Writable({ write: (_chunk, _encoding, done) => done() }), env: {} };
  const paths = { en: join(dir, 'report.html'), ar: join(dir, 'report-ar.html') };
  for (const [locale, out] of Object.entries(paths)) {
    const code = await reportCommand([join(dir, 'assessments.jsonl'), '--contexts', join(dir, 'contexts.jsonl'), '--out', out, '--locale', locale, '--ticket-url', TICKET_URL], quiet);
    if (code !== 0) throw new Error(`fairline report ended with ${code}`);
  }
  return paths;
}

interface Opened {
  page: Page;
  errors: string[];
  /** Every request the page made other than for its own file: the test fails on any. */
  refused: string[];
  /** Every request the page made, its own file's included. */
  seen: string[];
}

describe.skipIf(browserMissing)('the report in Chromium', () => {
  let browser: Browser;
  let reports: Record<'en' | 'ar', string>;

  beforeAll(async () => {
    reports = await writeReports();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => browser?.close());

  async function open(file: string): Promise<Opened> {
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    const errors: string[] = [];
    const refused: string[] = [];
    const seen: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('request', (r) => seen.push(r.url()));
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      refused.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors, refused, seen };
  }

  it.each(['en', 'ar'] as const)('draws both charts with their marks, with no console error and no request leaving the page (%s)', async (locale) => {
    const { page, errors, refused, seen } = await open(reports[locale]);
    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBe(2);
    for (const chart of await charts.all()) expect((await chart.boundingBox())?.width).toBeGreaterThan(600);
    expect(await page.locator('figure.chart').first().locator('.mark-rect path').count()).toBeGreaterThan(12);
    expect(await page.locator('figure.chart').nth(1).locator('.mark-symbol path').count()).toBeGreaterThan(50);
    expect(await page.locator('td a').first().getAttribute('href')).toMatch(/^https:\/\/acme\.zendesk\.com\/agent\/tickets\/\d+$/);
    await page.screenshot({ path: screenshotPath(`report-${locale}.png`) });
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    expect(seen).toEqual([pathToFileURL(reports[locale]).href]);
    await page.close();
  });

  it('would see a page that loads anything: the guard above is not blind', async () => {
    const canary = join(mkdtempSync(join(tmpdir(), 'fairline-canary-')), 'canary.html');
    writeFileSync(canary, '<!DOCTYPE html><img src="https://example.com/pixel.png" alt="">');
    const { page, refused } = await open(canary);
    expect(refused).toEqual(['https://example.com/pixel.png']);
    await page.close();
  });

  it('lays the Arabic report out right to left, its charts left to right', async () => {
    const { page, errors } = await open(reports.ar);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('تدقيق Fairline');
    // The title's words sit at the right end of its line.
    const title = await page.locator('h1').evaluate((el) => {
      const words = document.createRange();
      words.selectNodeContents(el);
      return { line: el.getBoundingClientRect().toJSON() as DOMRect, words: words.getBoundingClientRect().toJSON() as DOMRect };
    });
    expect(title.line.right - title.words.right).toBeLessThan(2);
    expect(title.words.left - title.line.left).toBeGreaterThan(300);
    expect(await page.locator('figure.chart').first().evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(errors).toEqual([]);
    await page.close();
  });
});
