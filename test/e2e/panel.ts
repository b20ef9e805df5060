import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, FrameLocator, Page } from 'playwright-core';

const LOAD_MS = 15_000;

/** The tier, behaviour and action the panel shows, read by role once the assessment is on screen. */
export async function shownAssessment(app: FrameLocator, headings = { tier: 'Customer value', behaviour: 'Behaviour', action: 'Suggested response' }) {
  const tier = app.getByRole('region', { name: headings.tier });
  await tier.waitFor({ timeout: LOAD_MS });
  return {
    tier: (await tier.locator('[data-garden-id^="tags.tag"]').innerText()).trim(),
    behaviour: (await app.getByRole('region', { name: headings.behaviour }).locator('strong').first().innerText()).trim(),
    action: (await app.getByRole('region', { name: headings.action }).locator('strong').first().innerText()).trim(),
  };
}

/** The visible app frame as a Frame, for scripts such as axe. */
export async function appFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe[title="Fairline"]:visible').elementHandle())?.contentFrame();
  if (!frame) throw new Error('The app frame is not there');
  return frame;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's violations in the app frame that are serious or critical, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const frame = await appFrame(page);
  // The app's Content-Security-Policy blocks an injected <script>; evaluating the source through the debugger is not.
  await frame.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8'));
  const { violations, passes } = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const results = await axe.run(document);
    return { violations: results.violations, passes: results.passes.length };
  });
  // No rule passing at all would mean axe checked an empty frame.
  if (passes === 0) throw new Error('axe checked nothing in the app frame');
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const editorText = (page: Page) => page.locator('#editor').inputValue();
export const ticketTags = async (page: Page) => (await page.locator('#ticket-tags li').allInnerTexts()).map((t) => t.trim());
export const requestLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { fairlineWorkspace: { stats: { log: { url: string; status: number; method?: string }[] } } }).fairlineWorkspace.stats.log.slice());
