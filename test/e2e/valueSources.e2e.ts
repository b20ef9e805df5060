import type { FrameLocator, Page } from 'playwright-core';
import type { FaultName } from '../../src/workspace/faults';
import { browserMissing, suiteSession } from './harness';
import { expectedAssessment, labelsFor, SOURCE_VALUES } from './expected';
import { requestLog, shownAssessment } from './panel';

const requesterTags = (page: Page) => page.locator('#requester-tags li').allInnerTexts();
const valueLine = (app: FrameLocator) => app.getByTestId('fairline-value-source').innerText();
const tagWrites = async (page: Page) => (await requestLog(page)).filter((r) => r.url.endsWith('/tags.json') && r.method !== 'GET').map((r) => `${r.method} ${r.url}`);

/** The tier the rules give with the value the sources hold (worked out by hand in expected.ts). */
const tierFromSources = (ticket: number) => labelsFor(expectedAssessment(ticket, { withSources: true })).tier;
const UNKNOWN = labelsFor(expectedAssessment(5011)).tier;

async function reopenWithout(page: Page, fault: FaultName): Promise<void> {
  await page.locator('details.faults summary').click();
  await page.locator(`#fault-switches input[name="${fault}"]`).uncheck();
  await page.getByRole('button', { name: 'Reload the app for this ticket' }).click();
}

describe.skipIf(browserMissing)('lifetime value from Stripe, Shopify and the shop endpoint in the local workspace', () => {
  const session = suiteSession({}, { closePages: true });

  it.each([
    [5021, 121, 'Stripe', 'Lifetime value: $1,320.00'],
    [5022, 122, 'Shopify', 'Lifetime value: $742.15'],
    [5023, 123, 'your value endpoint', 'Lifetime value: $610.00'],
  ] as const)('shows for ticket %i the tier from the value requester %i has in %s, with where and when it was read', async (ticket, requester, source, amount) => {
    const { app } = await session.open(`?ticket=${ticket}`);
    expect(SOURCE_VALUES[requester]?.source).toBe(source);
    expect((await shownAssessment(app)).tier).toBe(tierFromSources(ticket));
    expect(await valueLine(app)).toMatch(new RegExp(`^From ${source}, read at \\d{1,2}:\\d{2}`));
    const panel = await app.getByRole('region', { name: 'Customer value' }).innerText();
    expect(panel).toContain(amount);
    expect(await app.locator('main').innerText()).not.toContain('Assessed with what could be read');
  });

  it('adds up only what Stripe kept across the customer’s three Stripe customers in the account currency, and names the two chargebacks', async () => {
    const { app } = await session.open('?ticket=5021');
    expect((await shownAssessment(app)).tier).toBe('VIP');
    await expect.poll(() => app.getByTestId('fairline-disputes').innerText()).toBe('2 earlier chargebacks');
  });

  it('adds the VIP tag to the requester’s user tags once, and reads and writes nothing on a reopen', async () => {
    const { page, app } = await session.open('?ticket=5021');
    expect(await requesterTags(page)).toEqual([]);
    await shownAssessment(app);
    await expect.poll(() => requesterTags(page)).toEqual(['fairline_vip']);
    await expect.poll(() => app.getByTestId('fairline-vip-tag').innerText()).toBe("Added fairline_vip to the customer's profile.");
    expect(await tagWrites(page)).toEqual(['PUT /api/v2/users/121/tags.json']);
    const before = (await requestLog(page)).length;
    await page.locator('details.faults summary').click();
    await page.getByRole('button', { name: 'Reload the app for this ticket' }).click();
    expect((await shownAssessment(app)).tier).toBe('VIP');
    await expect.poll(() => valueLine(app)).toMatch(/^From Stripe/);
    expect((await requestLog(page)).length).toBe(before);
    expect(await tagWrites(page)).toHaveLength(1);
  });

  it('removes the VIP tag from a former VIP whose value is now standard', async () => {
    const { page, app } = await session.open('?ticket=5024');
    expect(await requesterTags(page)).toEqual(['fairline_vip']);
    expect((await shownAssessment(app)).tier).toBe(tierFromSources(5024));
    await expect.poll(() => requesterTags(page)).toEqual([]);
    await expect.poll(() => app.getByTestId('fairline-vip-tag').innerText()).toBe("Removed fairline_vip from the customer's profile: no longer VIP.");
    expect(await tagWrites(page)).toEqual(['DELETE /api/v2/users/124/tags.json']);
  });

  const REQUESTER: Record<number, number> = { 5021: 121, 5022: 122, 5023: 123 };
  const FAILING: { fault: FaultName; ticket: number; says: string; tier: string; from: string | null }[] = [
    { fault: 'stripeDown', ticket: 5021, says: 'Stripe could not be read: it answered with HTTP 500.', tier: UNKNOWN, from: null },
    { fault: 'stripeKey', ticket: 5021, says: 'Stripe could not be read: it refused the key (HTTP 401); check the secret in the app settings.', tier: UNKNOWN, from: null },
    // Stripe fails, and Shopify, next in the order, knows the customer.
    { fault: 'stripeDown', ticket: 5022, says: 'Stripe could not be read: it answered with HTTP 500.', tier: tierFromSources(5022), from: 'Shopify' },
    { fault: 'shopifyDown', ticket: 5022, says: 'Shopify could not be read: it answered with HTTP 502.', tier: UNKNOWN, from: null },
    { fault: 'shopifyThrottled', ticket: 5022, says: 'Shopify could not be read: it asked to wait 1 s.', tier: UNKNOWN, from: null },
    { fault: 'endpointDown', ticket: 5023, says: 'your value endpoint could not be read: it answered with HTTP 500.', tier: UNKNOWN, from: null },
  ];

  it.each(FAILING.map((c) => [c.fault, c.ticket, c] as const))('under %s names the failing source on ticket %i, falls back without a wrong number, and recovers', async (fault, ticket, c) => {
    const { page, app } = await session.open(`?ticket=${ticket}&faults=${fault}`);
    const main = app.locator('main');
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain(c.says);
    expect((await shownAssessment(app)).tier).toBe(c.tier);
    if (c.from === null) {
      expect(await app.getByRole('region', { name: 'Customer value' }).innerText()).toContain('Lifetime value: unknown');
      expect(await app.getByTestId('fairline-value-source').count()).toBe(0);
    } else {
      expect(await valueLine(app)).toMatch(new RegExp(`^From ${c.from}, read at`));
    }
    // An unknown tier never takes the VIP tag off, nor puts it on.
    if (c.tier === UNKNOWN) expect(await tagWrites(page)).toEqual([]);
    await reopenWithout(page, fault);
    await expect.poll(() => main.innerText(), { timeout: 15_000 }).not.toContain(c.says);
    expect((await shownAssessment(app)).tier).toBe(tierFromSources(ticket));
    expect(await valueLine(app)).toMatch(new RegExp(`^From ${SOURCE_VALUES[REQUESTER[ticket] ?? 0]?.source ?? '?'}, read at`));
  });
});
