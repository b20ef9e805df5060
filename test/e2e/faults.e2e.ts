import type { FrameLocator, Page } from 'playwright-core';
import type { FaultName } from '../../src/workspace/faults';
import { browserMissing, suiteSession } from './harness';
import { expectedAssessment, labelsFor } from './expected';
import { requestLog, shownAssessment } from './panel';

const WARNING = 'Assessed with what could be read';

/** Switches a fault off on the workspace page and reopens the ticket's app, as an agent would. */
async function switchOffAndReopen(page: Page, fault: FaultName): Promise<void> {
  await page.locator('details.faults summary').click();
  await page.locator(`#fault-switches input[name="${fault}"]`).uncheck();
  await page.getByRole('button', { name: 'Reload the app for this ticket' }).click();
}

async function recovered(page: Page, app: FrameLocator, ticketId: number): Promise<void> {
  expect(await shownAssessment(app)).toEqual(labelsFor(expectedAssessment(ticketId)));
  await expect.poll(() => app.locator('main').innerText()).not.toContain(WARNING);
  expect((await requestLog(page)).at(-1)?.status).toBe(200);
}

const CASES: { fault: FaultName; query: string; ticket: number; explains: string[]; degraded: Parameters<typeof expectedAssessment>[1] | null }[] = [
  {
    fault: 'rateLimit',
    query: '?ticket=5003&faults=rateLimit&rateLimitTimes=9',
    ticket: 5003,
    explains: ["Zendesk is busy, so the customer's earlier tickets were not read (it asked to wait 1 s). Try again shortly."],
    degraded: { withHistory: false },
  },
  {
    fault: 'serverError',
    query: '?ticket=5003&faults=serverError',
    ticket: 5003,
    explains: ["The customer's earlier tickets could not be read, so repeat patterns and earlier warnings are not counted."],
    degraded: { withHistory: false },
  },
  {
    fault: 'noLtv',
    query: '?ticket=5003&faults=noLtv',
    ticket: 5003,
    explains: [
      'The customer\'s profile has no lifetime value (user field "lifetime_value"), so the tier is unknown.',
      'The customer\'s profile has no order count (user field "order_count").',
    ],
    degraded: { withLtv: false },
  },
  {
    fault: 'malformed',
    query: '?ticket=5001&faults=malformed',
    ticket: 5001,
    explains: ['1 comment(s) could not be read and were left out.', "The customer's earlier tickets could not be read"],
    degraded: null,
  },
];

describe.skipIf(browserMissing)('faults in the helpdesk, as the panel explains them', () => {
  const session = suiteSession({}, { closePages: true });

  it.each(CASES.map((c) => [c.fault, c] as const))('explains the %s fault in plain words and recovers once it is switched off', async (fault, c) => {
    const { page, app } = await session.open(c.query);
    const main = app.locator('main');
    for (const sentence of c.explains) await expect.poll(() => main.innerText(), { timeout: 15_000 }).toContain(sentence);
    expect(await main.innerText()).toContain(WARNING);
    if (c.degraded) expect(await shownAssessment(app)).toEqual(labelsFor(expectedAssessment(c.ticket, c.degraded)));
    await switchOffAndReopen(page, fault);
    await recovered(page, app, c.ticket);
  });

  it('waits as long as Retry-After asks when Zendesk rate-limits twice, then shows the full assessment', async () => {
    const started = Date.now();
    const { page, app } = await session.open('?ticket=5003&faults=rateLimit');
    await expect.poll(() => app.getByRole('status').first().innerText()).toContain('Reading the ticket');
    expect(await shownAssessment(app)).toEqual(labelsFor(expectedAssessment(5003)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect((await requestLog(page)).map((r) => r.status)).toEqual([429, 429, 200]);
    expect(await app.locator('main').innerText()).not.toContain(WARNING);
  });

  it('says it is reading while Zendesk is slow, then shows the assessment, and is quick again once the fault is off', async () => {
    const { page, app } = await session.open('?ticket=5003&faults=slow');
    await expect.poll(() => app.getByRole('status').first().innerText()).toContain("Reading the ticket and the customer's history");
    await page.waitForTimeout(1000);
    expect(await app.getByRole('status').first().innerText()).toContain('Reading the ticket');
    expect(await shownAssessment(app)).toEqual(labelsFor(expectedAssessment(5003)));
    const reopened = Date.now();
    await switchOffAndReopen(page, 'slow');
    await recovered(page, app, 5003);
    expect(Date.now() - reopened).toBeLessThan(2500);
  });
});
