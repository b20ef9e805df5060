import type { FrameLocator, Page } from 'playwright-core';
import { OPEN_TICKETS } from '../../src/workspace/demo/tickets';
import { browserMissing, suiteSession } from './harness';
import { expectedAssessment, labelsFor } from './expected';
import { shownAssessment } from './panel';

const AR_HEADINGS = { tier: 'قيمة العميل', behaviour: 'السلوك', action: 'الرد المقترح' };
const REPLY_COPIED = 'Reply copied: paste it into the reply editor.';
const DRAFT_SAVED = 'Reply saved as a draft on this conversation. It has not been sent.';

const notices = (page: Page) => page.locator('#notices li').allInnerTexts();
const conversationTags = async (page: Page) => (await page.locator('#ticket-tags li').allInnerTexts()).map((t) => t.trim());
const drafts = (page: Page) => page.locator('#drafts li').allInnerTexts();
const panelText = (app: FrameLocator) => app.locator('main').innerText();
// Help Scout's editor is out of the SDK's reach: the panel must never claim the reply went into it.
const EDITOR_CLAIM = /inserted|in the editor/i;

async function openConversation(page: Page, app: FrameLocator, id: number) {
  await page.locator('#ticket-list button', { hasText: `#${id} ` }).click();
  // A new app frame per conversation, as Help Scout loads the signed callback URL each time one is viewed.
  await expect.poll(() => page.locator('iframe[title="Fairline"]').getAttribute('name')).toBe(`app-fairline-${id}`);
  return shownAssessment(app);
}

describe.skipIf(browserMissing)('the app in the local workspace, Help Scout mode', () => {
  describe('with the companion server copying to the clipboard (its default)', () => {
    const session = suiteSession({}, { closePages: true });

    it('has demo tickets to walk through', () => {
      expect(OPEN_TICKETS.length).toBeGreaterThanOrEqual(10);
    });

    it('shows every demo ticket as a conversation with the tier, behaviour and action the rules give, as Zendesk mode does', async () => {
      const { page, app } = await session.openHelpScout();
      expect(new URL(page.url()).origin).toBe(new URL(session.helpScoutUrl).origin);
      const shown: Record<number, unknown> = {};
      const expected: Record<number, unknown> = {};
      for (const { id } of OPEN_TICKETS) {
        shown[id] = await openConversation(page, app, id);
        expected[id] = labelsFor(expectedAssessment(id));
      }
      expect(shown).toEqual(expected);
    });

    it('copies the reply on Copy reply, says so in the panel and on the page, and lists the tags to add by hand', async () => {
      const { page, app } = await session.openHelpScout('ticket=5003');
      const { reply, tags } = expectedAssessment(5003).response;
      await shownAssessment(app);
      expect(await panelText(app)).not.toMatch(EDITOR_CLAIM);
      await app.getByRole('button', { name: 'Copy reply' }).click();
      await expect.poll(() => panelText(app)).toContain('Copied to the clipboard — paste it into the reply editor.');
      expect(await panelText(app)).toContain(`Add these tags by hand: ${tags.join(', ')}`);
      expect(await panelText(app)).not.toMatch(EDITOR_CLAIM);
      expect(await app.getByRole('button', { name: 'Copied' }).isDisabled()).toBe(true);
      await expect.poll(() => page.locator('#clipboard').innerText()).toBe(reply);
      await expect.poll(() => notices(page)).toEqual(expect.arrayContaining([REPLY_COPIED, `Add these tags to the conversation: ${tags.join(', ')}`]));
      // Nothing was written to Help Scout: no draft, and the conversation keeps its own tags.
      expect(await drafts(page)).toEqual([]);
      expect(await conversationTags(page)).toEqual(OPEN_TICKETS.find((t) => t.id === 5003)?.tags);
    });

    it('counts in the top bar the requests the companion server makes to the Mailbox API', async () => {
      const before = session.companion.fake.log.length;
      const { page, app } = await session.openHelpScout('ticket=5005');
      await shownAssessment(app);
      await expect.poll(() => session.companion.fake.log.slice(before)).toEqual(
        expect.arrayContaining(['GET /v2/conversations/5005/threads?page=1', expect.stringMatching(/^GET \/v2\/conversations\?query=%28customerIds%3A105%29&/)]),
      );
      const total = session.companion.fake.log.length;
      await expect.poll(() => page.locator('#request-count').innerText()).toMatch(new RegExp(`^Helpdesk requests: ${total} \\(this conversation: ${total - before}\\)$`));
    });

    it('shows the panel right to left in Arabic for an Arabic-speaking agent', async () => {
      const { app } = await session.openHelpScout('ticket=5012', { locale: 'ar' });
      expect(await shownAssessment(app, AR_HEADINGS)).toEqual(labelsFor(expectedAssessment(5012), 'ar'));
      expect(await app.locator('main').getAttribute('dir')).toBe('rtl');
      expect(await app.locator('main').getAttribute('lang')).toBe('ar');
    });

    it('switches between Zendesk mode and Help Scout mode from the top bar', async () => {
      const { page } = await session.openHelpScout();
      await page.getByRole('link', { name: 'Zendesk mode' }).click();
      await page.waitForURL(session.url);
      await page.getByRole('link', { name: 'Help Scout mode' }).click();
      await page.waitForURL(`${session.helpScoutUrl}**`);
      await expect.poll(() => page.locator('#ticket-list button').count()).toBe(OPEN_TICKETS.length);
    });
  });

  describe('with the companion server saving drafts (FAIRLINE_WRITE_DRAFTS=on)', () => {
    const session = suiteSession({ writeDrafts: true });

    it('saves the reply as a draft and adds the tags in Help Scout, says so in the panel, and the page shows both', async () => {
      const { page, app } = await session.openHelpScout('ticket=5003');
      const { reply, tags } = expectedAssessment(5003).response;
      await shownAssessment(app);
      await app.getByRole('button', { name: 'Save as draft' }).click();
      await expect.poll(() => panelText(app)).toContain('Saved as a draft reply in Help Scout (not sent).');
      expect(await panelText(app)).toContain(`Tags added: ${tags.join(', ')}`);
      expect(await panelText(app)).not.toMatch(EDITOR_CLAIM);
      await expect.poll(() => drafts(page)).toEqual([reply]);
      await expect.poll(() => notices(page)).toContain(DRAFT_SAVED);
      await expect.poll(() => conversationTags(page)).toEqual(expect.arrayContaining(tags));
      expect(await page.locator('#clipboard').innerText()).toBe('');
    });
  });
});
