// @vitest-environment jsdom
import arTranslations from '../../translations/ar.json';
import enTranslations from '../../translations/en.json';
import { buildReport, type ReportOptions } from '../../src/report/build';
import { REPORT_TEXTS } from '../../src/report/data/texts';
import { parseTicketUrl } from '../../src/report/ticketUrl';
import type { ReportTicket } from '../../src/report/types';
import { ticket } from './fixtures';

const link = parseTicketUrl('https://acme.zendesk.com/agent/tickets/{id}');
if (!link.ok) throw new Error(link.error);

const OPTIONS: ReportOptions = {
  language: 'en',
  drainRatio: 2,
  link: link.link,
  files: { assessments: 'a.jsonl', contexts: 'c.jsonl', drains: 'r-drains.csv', escalations: 'r-escalations.csv', goodwill: 'r-goodwill.csv' },
  notAssessed: 0,
  generatedAt: Date.parse('2026-11-20T10:00:00Z'),
};

const HOSTILE_NAME = '<script>alert(1)</script>\u202eevil';
const HOSTILE_WORDS = '"><img src=x onerror=alert(2)> I will sue';

function sample(): ReportTicket[] {
  const threat = ticket('javascript:alert(3)', 'a', '2026-03-04', { behaviour: 'legal_threat', action: 'terminate_legal', evidence: HOSTILE_WORDS, value: 10, supportCost: 45 });
  return [
    { ...threat, context: { ...threat.context!, customerName: HOSTILE_NAME } },
    ticket('2', 'b', '2026-02-01', { behaviour: 'belligerent', action: 'warning_shot', value: 500 }),
    ticket('3', 'c', '2026-04-01', { behaviour: 'customer_error', action: 'vip_goodwill', tier: 'vip', value: 3000 }),
  ];
}

const documentOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('buildReport', () => {
  it('writes customers’ text as text: no script, no handler, no element of theirs', async () => {
    const { html } = await buildReport(sample(), OPTIONS);
    const doc = documentOf(html);
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(doc.body.textContent).toContain(HOSTILE_NAME);
    expect(doc.body.textContent).toContain(HOSTILE_WORDS);
  });

  it('isolates every customer name and phrase in <bdi>, so a bidi control cannot reorder the page around it', async () => {
    const doc = documentOf((await buildReport(sample(), OPTIONS)).html);
    const isolated = [...doc.querySelectorAll('bdi')].map((el) => el.textContent);
    expect(isolated).toContain(HOSTILE_NAME);
    expect(isolated).toContain(HOSTILE_WORDS);
    for (const el of doc.querySelectorAll('td')) {
      if (el.textContent?.includes('\u202e')) expect(el.querySelector('bdi')?.textContent).toContain('\u202e');
    }
  });

  it('links each ticket through the template, the id percent-encoded, never a script link', async () => {
    const doc = documentOf((await buildReport(sample(), OPTIONS)).html);
    const hrefs = [...doc.querySelectorAll('td a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://acme.zendesk.com/agent/tickets/javascript%3Aalert(3)');
    expect(hrefs.every((href) => href?.startsWith('https://acme.zendesk.com/agent/tickets/'))).toBe(true);
  });

  it('shows ticket ids without links when no template is given', async () => {
    const doc = documentOf((await buildReport(sample(), { ...OPTIONS, link: () => null })).html);
    expect(doc.querySelectorAll('td a')).toHaveLength(0);
    expect(doc.querySelector('#escalations')?.parentElement?.textContent).toContain('javascript:alert(3)');
  });

  it('carries its charts as inline SVG drawn with marks, and a policy that lets nothing load or run', async () => {
    const doc = documentOf((await buildReport(sample(), OPTIONS)).html);
    const charts = [...doc.querySelectorAll('figure.chart svg')];
    expect(charts).toHaveLength(2);
    expect(charts[0]!.querySelectorAll('.mark-rect path').length).toBeGreaterThan(0);
    expect(charts[1]!.querySelectorAll('.mark-symbol path').length).toBeGreaterThan(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    const external = [...doc.querySelectorAll('[src], link[href], [href^="http"]:not(td a)')];
    expect(external).toEqual([]);
  });

  it('is laid out right to left with Arabic headings for --locale ar', async () => {
    const doc = documentOf((await buildReport(sample(), { ...OPTIONS, language: 'ar' })).html);
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.documentElement.getAttribute('lang')).toBe('ar');
    expect(doc.querySelector('h1')?.textContent).toBe('تدقيق Fairline');
    expect(doc.querySelector('#escalations')?.textContent).toBe('التصعيدات');
    expect(doc.body.textContent).toContain('تهديد قانوني');
    // The charts keep their axes left to right.
    expect(doc.querySelector('figure.chart')?.getAttribute('dir')).toBe('ltr');
  });

  it('makes the same page from the same input', async () => {
    expect((await buildReport(sample(), OPTIONS)).html).toBe((await buildReport(sample(), OPTIONS)).html);
  });

  it('says so when there is nothing to chart or list', async () => {
    const doc = documentOf((await buildReport([ticket('1', 'a', null, { value: null })], OPTIONS)).html);
    expect(doc.querySelectorAll('svg')).toHaveLength(0);
    expect(doc.body.textContent).toContain('No escalation.');
    expect(doc.body.textContent).toContain('No customer has a known lifetime value above 0.');
  });
});

describe('the report’s texts', () => {
  it.each([
    ['en', enTranslations],
    ['ar', arTranslations],
  ] as const)('name behaviours, responses and tiers as the panel does (%s)', (language, translations) => {
    const texts = REPORT_TEXTS[language];
    const { behaviour, action, tier } = translations.panel;
    for (const [key, label] of Object.entries(texts.behaviours)) expect([key, label]).toEqual([key, behaviour[key as keyof typeof behaviour]]);
    for (const [key, label] of Object.entries(texts.actions)) expect([key, label]).toEqual([key, action[key as keyof typeof action]]);
    for (const [key, label] of Object.entries(texts.tiers)) expect([key, label]).toEqual([key, tier[key as keyof typeof tier]]);
  });

  it('fill every slot they name with a figure', async () => {
    for (const language of ['en', 'ar'] as const) {
      const { html } = await buildReport(sample(), { ...OPTIONS, language });
      expect(documentOf(html).body.textContent).not.toMatch(/\{\w+\}/);
    }
  });
});
