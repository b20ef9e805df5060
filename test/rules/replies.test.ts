import { assess, DEFAULT_SETTINGS, type Action, type Settings } from '../../src/rules';
import { REPLIES_AR } from '../../src/rules/data/replies-ar';
import { REPLIES_EN } from '../../src/rules/data/replies-en';
import { TEMPLATE_KEYS } from '../../src/rules/data/replies';
import { GUIDANCE_AR } from '../../src/rules/data/guidance-ar';
import { GUIDANCE_EN } from '../../src/rules/data/guidance';
import { fillTemplate, SLOT_NAMES } from '../../src/rules/replies';
import { context, daysAgo, earlierTickets, NOW } from './build';

const FULL: Settings = { ...DEFAULT_SETTINGS, companyName: 'Acme', agentName: 'Jo', docsUrl: 'https://help.acme.test', counselEmail: 'legal@acme.test' };

describe('fillTemplate', () => {
  it('fills named slots', () => {
    expect(fillTemplate('Hi {customerName}, see {docsUrl}', { customerName: 'Ana', docsUrl: 'x.test' })).toBe('Hi Ana, see x.test');
  });

  it('drops an optional part whose slot is empty, never printing braces or undefined', () => {
    expect(fillTemplate('Hi[[ {customerName}]], read the guides[[ at {docsUrl}]].', {})).toBe('Hi, read the guides.');
  });

  it('uses the first filled of adjacent alternatives', () => {
    expect(fillTemplate('use [[{companyName}]][[our product]]', { companyName: 'Acme' })).toBe('use Acme');
    expect(fillTemplate('use [[{companyName}]][[our product]]', {})).toBe('use our product');
  });
});

describe('reply templates', () => {
  it('has a template for every action and variant in English and Arabic', () => {
    expect(TEMPLATE_KEYS.length).toBeGreaterThan(0);
    for (const key of TEMPLATE_KEYS) {
      expect(REPLIES_EN.body[key], key).toBeTruthy();
      expect(REPLIES_AR.body[key], key).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it.each(TEMPLATE_KEYS)('uses only known slots in %s', (key) => {
    for (const text of [REPLIES_EN.body[key], REPLIES_AR.body[key]]) {
      const slots = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const slot of slots) expect(SLOT_NAMES).toContain(slot);
    }
  });
});

describe('composed replies', () => {
  const cases: [string, Parameters<typeof context>[0], Action][] = [
    ['a legal threat', { comments: ['My lawyer will contact you.'] }, 'terminate_legal'],
    ['a chargeback', { comments: ['I filed a chargeback with my bank.'] }, 'dispute_process'],
    ['an insult', { comments: ['You idiots.'] }, 'warning_shot'],
    ['a repeated insult', { comments: ['You idiots.'], history: [{ createdAt: daysAgo(5), tags: ['fairline_warning'] }] }, 'terminate_with_refund'],
    ['repeated docs questions', { comments: ['How do I add a user?'], history: earlierTickets(5) }, 'warning_shot'],
    ['a customer error', { comments: ['I typed my old address.'] }, 'explain_policy'],
    ['an ordinary request', { comments: ['Please update my card.'] }, 'resolve'],
  ];

  it.each(cases)('greets, signs and fills every slot for %s', (_, options, action) => {
    for (const settings of [FULL, DEFAULT_SETTINGS]) {
      for (const locale of ['en', 'ar']) {
        const { response } = assess(context({ ...options, locale }), settings, NOW);
        expect(response.action).toBe(action);
        expect(response.reply).not.toMatch(/[{}[\]]|undefined|null/);
        expect(response.reply.startsWith(locale === 'ar' ? 'مرحبًا Alex' : 'Hi Alex,')).toBe(true);
      }
    }
  });

  it('names counsel in a legal reply and its internal note when configured', () => {
    const { response } = assess(context({ comments: ['My lawyer will contact you.'] }), FULL, NOW);
    expect(response.reply).toContain('legal@acme.test');
    expect(response.internalNote).toContain('legal@acme.test');
  });

  it('gives a service customer the closure date for their data export when the relationship ends', () => {
    const settings: Settings = { ...FULL, businessType: 'service', dataExportDays: 30 };
    const warned = { history: [{ createdAt: daysAgo(5), tags: ['fairline_warning'] }] };
    const { response } = assess(context({ comments: ['You idiots.'], ...warned }), settings, NOW);
    expect(response.reply).toContain('2026-12-01');
    const product = assess(context({ comments: ['You idiots.'], ...warned }), FULL, NOW);
    expect(product.response.reply).not.toContain('2026-12-01');
  });

  it('writes to the customer in Arabic when the locale is unsupported but they wrote in Arabic', () => {
    const { response } = assess(context({ comments: ['وين طلبي؟'], locale: 'fr-FR' }), FULL, NOW);
    expect(response.language).toBe('ar');
  });

  it('falls back to English for other languages', () => {
    expect(assess(context({ comments: ['Où est ma commande ?'], locale: 'fr' }), FULL, NOW).response.language).toBe('en');
  });

  it('adds an internal note about review sites to review extortion', () => {
    const { response } = assess(context({ comments: ['Refund me or I will leave a one-star review.'] }), FULL, NOW);
    expect(response.internalNote).toMatch(/review site/);
  });
});

describe('guidance for the agent', () => {
  it('has an Arabic internal note wherever there is an English one, with the same slots', () => {
    expect(Object.keys(GUIDANCE_AR.internalNote).sort()).toEqual(Object.keys(GUIDANCE_EN.internalNote).sort());
    for (const [action, english] of Object.entries(GUIDANCE_EN.internalNote)) {
      const arabic = GUIDANCE_AR.internalNote[action as Action] ?? '';
      expect(arabic, action).toMatch(/\p{Script=Arabic}/u);
      expect([...arabic.matchAll(/\{(\w+)\}/g)].map((m) => m[1])).toEqual([...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    }
  });
});
