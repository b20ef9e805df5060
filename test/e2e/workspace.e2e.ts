import type { FrameLocator, Page } from 'playwright-core';
import { OPEN_TICKETS } from '../../src/workspace/demo/tickets';
import { browserMissing, screenshotPath, suiteSession } from './harness';
import { expectedAssessment, labelsFor } from './expected';
import { editorText, requestLog, seriousViolations, shownAssessment, ticketTags } from './panel';

/** Tall enough that the whole panel fits in the screenshots. */
const TALL = { width: 1400, height: 1600 };
const AR_HEADINGS = { tier: 'قيمة العميل', behaviour: 'السلوك', action: 'الرد المقترح' };

describe.skipIf(browserMissing)('the app in the local agent workspace', () => {
  const session = suiteSession();

  describe('walking through the open tickets in one workspace', () => {
    let page: Page;
    let app: FrameLocator;
    beforeAll(async () => {
      ({ page, app } = await session.open());
    });

    it('has demo tickets to walk through', () => {
      expect(OPEN_TICKETS.length).toBeGreaterThanOrEqual(10);
    });

    it.each(OPEN_TICKETS.map((t) => [t.id, t.subject] as const))('shows for ticket %i (%s) the tier, behaviour and action the rules give', async (id) => {
      await page.locator('#ticket-list button', { hasText: `#${id} ` }).click();
      expect(await shownAssessment(app)).toEqual(labelsFor(expectedAssessment(id, { withSources: true })));
    });
  });

  it('inserts the suggested reply into the editor and adds its tags to the ticket', async () => {
    const { page, app } = await session.open('?ticket=5003');
    const expected = expectedAssessment(5003);
    await shownAssessment(app);
    await app.getByRole('button', { name: 'Insert reply' }).click();
    await expect.poll(() => editorText(page)).toBe(expected.response.reply);
    expect(await ticketTags(page)).toEqual(expect.arrayContaining(expected.response.tags));
    await expect.poll(() => app.getByRole('status').filter({ hasText: 'Tags added' }).count()).toBe(1);
  });

  it("keeps the agent's typed draft and appends the reply after it", async () => {
    const { page, app } = await session.open('?ticket=5009');
    const draft = 'Hi Sam, thanks for flagging this — I am looking at order 5531 now.';
    await shownAssessment(app);
    await page.locator('#editor').fill(draft);
    await app.getByRole('button', { name: 'Insert reply' }).click();
    await expect.poll(() => editorText(page)).toBe(`${draft}\n\n${expectedAssessment(5009).response.reply}`);
  });

  it('refuses the reply after the internal note, leaving only the note in the editor as an internal note', async () => {
    const { page, app } = await session.open('?ticket=5001');
    const { internalNote } = expectedAssessment(5001).response;
    await shownAssessment(app);
    await app.getByRole('button', { name: 'Insert note' }).click();
    await expect.poll(() => editorText(page)).toBe(internalNote);
    await app.getByRole('button', { name: 'Insert reply' }).click();
    await expect.poll(() => app.getByRole('alert').filter({ hasText: 'The editor already holds an internal note draft.' }).count()).toBe(1);
    expect(await editorText(page)).toBe(internalNote);
    expect(await page.getByRole('radio', { name: 'Internal note' }).isChecked()).toBe(true);
    await expect.poll(() => app.getByRole('button', { name: 'Insert reply' }).isEnabled()).toBe(true);
  });

  it('checks the reply as the agent edits it, highlights what fails, shows it in the reply, and Insert anyway inserts it once', async () => {
    const { page, app } = await session.open('?ticket=5009');
    await shownAssessment(app);
    await expect.poll(() => app.getByText('Reads well if published.').count()).toBe(1);
    const reply = app.getByRole('textbox', { name: 'Reply to the customer' });
    await reply.press('End');
    await reply.pressSequentially(" As I already told you, obviously you didn't read it.");
    const findings = app.getByRole('list', { name: /Litmus test/ });
    await expect.poll(() => findings.locator('mark', { hasText: 'As I already told you' }).count()).toBe(1);
    await findings.getByRole('listitem').filter({ hasText: 'Passive-aggressive' }).getByRole('button', { name: 'Show in the reply' }).click();
    const selected = await reply.evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd));
    expect(selected).toBe('As I already told you');
    await app.getByRole('button', { name: 'Insert reply' }).click();
    await app.getByRole('alertdialog').getByRole('button', { name: 'Insert anyway' }).click();
    await expect.poll(() => editorText(page)).toContain('As I already told you');
    expect((await editorText(page)).split('As I already told you')).toHaveLength(2);
  });

  it('checks the draft the agent typed in the workspace editor', async () => {
    const { page, app } = await session.open('?ticket=5009');
    await shownAssessment(app);
    await page.locator('#editor').fill('Per my last email, we will NOT refund this!!!');
    await app.getByRole('button', { name: 'Check my draft' }).click();
    const findings = app.getByRole('list', { name: 'Your draft in the editor' });
    await expect.poll(() => findings.getByText('Passive-aggressive').count()).toBe(1);
    expect(await findings.getByText('Shouting').count()).toBe(2);
    expect(await findings.locator('mark', { hasText: 'NOT' }).count()).toBe(1);
  });

  it('shows the warning behind an ending: its date, its ticket and the customer’s words', async () => {
    const ending = OPEN_TICKETS.map((t) => t.id).find((id) => expectedAssessment(id).response.why.some((f) => f.kind === 'warning'));
    expect(ending).toBeDefined();
    const { app } = await session.open(`?ticket=${ending}`);
    await shownAssessment(app);
    const warning = expectedAssessment(ending!).response.why.find((f) => f.kind === 'warning');
    const why = app.getByRole('list', { name: 'Why this response' });
    await expect.poll(() => why.getByText(new RegExp(`Warned on ${warning && 'date' in warning ? warning.date : ''} \\(ticket #`)).count()).toBe(1);
  });

  it("reads the requester's history once: reopening the ticket in a new app frame asks the helpdesk nothing", async () => {
    const { page, app } = await session.open('?ticket=5003');
    await shownAssessment(app);
    expect(await requestLog(page)).toHaveLength(1);
    await page.locator('details.faults summary').click();
    await page.getByRole('button', { name: 'Reload the app for this ticket' }).click();
    expect(await shownAssessment(app)).toEqual(labelsFor(expectedAssessment(5003)));
    expect(await requestLog(page)).toHaveLength(1);
  });

  it('shows the panel right to left in Arabic for an Arabic-speaking agent', async () => {
    const { page, app } = await session.open('?ticket=5012&locale=ar', TALL);
    expect(await shownAssessment(app, AR_HEADINGS)).toEqual(labelsFor(expectedAssessment(5012), 'ar'));
    expect(await app.locator('main').getAttribute('dir')).toBe('rtl');
    expect(await app.locator('main').getAttribute('lang')).toBe('ar');
    await page.locator('iframe[title="Fairline"]:visible').screenshot({ path: screenshotPath('panel-ar.png') });
  });

  it('lays out an English reply left to right in the Arabic panel, beside the note in the agent’s Arabic', async () => {
    const { app } = await session.open('?ticket=5001&locale=ar');
    await shownAssessment(app, AR_HEADINGS);
    const direction = (element: HTMLElement) => getComputedStyle(element).direction;
    expect(await app.getByRole('textbox', { name: 'الرد على العميل' }).evaluate(direction)).toBe('ltr');
    // The note is for the agent, so it is in their language, with counsel's address from the settings.
    const note = 'أحِل هذه التذكرة إلى المستشار القانوني (legal@northwind.example) وتوقّف عن مناقشة الأمر مع العميل.';
    expect(expectedAssessment(5001).response.action).toBe('terminate_legal');
    expect(await app.getByText(note).evaluate(direction)).toBe('rtl');
    expect(await app.locator('main').evaluate(direction)).toBe('rtl');
  });

  it('has no serious or critical accessibility violations in English', async () => {
    const { page, app } = await session.open('?ticket=5001', TALL);
    await shownAssessment(app);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('iframe[title="Fairline"]:visible').screenshot({ path: screenshotPath('panel-en.png') });
  });

  it('has no serious or critical accessibility violations in Arabic', async () => {
    const { page, app } = await session.open('?ticket=5016&locale=ar');
    await shownAssessment(app, AR_HEADINGS);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
