// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { GUIDANCE_AR } from '../../src/rules/data/guidance-ar';
import type { Behaviour } from '../../src/rules';
import { fakeAdapter, ticketContext } from '../store/fakeAdapter';
import { renderWithAdapter, TEXT } from './harness';

// The rules word the guidance; the panel must show it in the agent's language, keyed here as action_variant.
const RATIONALE: Record<string, string> = {
  ...GUIDANCE_AR.rationale,
  ...Object.fromEntries(Object.entries(GUIDANCE_AR.variantRationale).map(([key, text]) => [key.replace('.', '_'), text])),
};
const WARNED = [{ id: 9, createdAt: '2026-10-20T12:00:00Z', tags: ['fairline_warning'] }];

async function arabicPanel(text: string, { warned = false, settings = {} } = {}) {
  const fake = fakeAdapter({ context: { ...ticketContext(text), history: warned ? WARNED : [] }, warnings: [] });
  fake.adapter.readAgentLocale = async () => 'ar';
  fake.adapter.readSettings = async () => settings;
  return { ...fake, ...(await renderWithAdapter(fake.adapter)) };
}

const response = () => screen.getByRole('region', { name: 'الرد المقترح' });

describe('the rationale in Arabic', () => {
  it('has an Arabic rationale for every variant the rules word', () => {
    const keys = Object.keys(GUIDANCE_AR.variantRationale).map((k) => k.replace('.', '_'));
    expect(keys.length).toBeGreaterThanOrEqual(6);
    for (const key of keys) expect(RATIONALE[key], key).toMatch(/\p{Script=Arabic}/u);
  });

  it.each<[string, Behaviour, boolean, string]>([
    ['a first warning for repeated docs questions', 'willful_ignorance', false, 'warning_shot_will'],
    ['a first warning for abuse', 'belligerent', false, 'warning_shot_belle'],
    ['a first warning for a review threat', 'review_extortion', false, 'warning_shot_xavier'],
    ['an ending for repeated docs questions', 'willful_ignorance', true, 'terminate_with_refund_will'],
    ['an ending for abuse', 'belligerent', true, 'terminate_with_refund_belle'],
    ['an ending for review threats', 'review_extortion', true, 'terminate_with_refund_xavier'],
  ])('says why for %s, not the action’s general reason', async (_, behaviour, warned, key) => {
    const { store } = await arabicPanel(TEXT.legit, { warned });
    act(() => store.getState().overrideBehaviour(behaviour));
    const [action, variant] = [store.getState().assessment?.response.action, store.getState().assessment?.response.variant];
    expect(`${action}_${variant}`).toBe(key);
    expect(within(response()).getByText(RATIONALE[key]!)).toBeInTheDocument();
  });

  it('tells a warning for docs questions apart from one for abuse', () => {
    expect(RATIONALE.warning_shot_will).not.toBe(RATIONALE.warning_shot);
  });

  it('falls back to the action’s Arabic rationale where there is no variant', async () => {
    await arabicPanel(TEXT.legal);
    expect(within(response()).getByText(RATIONALE.terminate_legal!)).toBeInTheDocument();
  });
});

describe('the internal note in the agent’s language', () => {
  it('shows the Arabic note with counsel’s address from the settings, and inserts it as shown', async () => {
    const { inserted, user } = await arabicPanel(TEXT.legal, { settings: { counselEmail: 'legal@northwind.example' } });
    const note = 'أحِل هذه التذكرة إلى المستشار القانوني (legal@northwind.example) وتوقّف عن مناقشة الأمر مع العميل.';
    expect(within(response()).getByText(note)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'إدراج الملاحظة' }));
    expect(inserted).toEqual([{ text: note, options: { internal: true } }]);
    expect(screen.getByText('الملاحظة في المحرر كملاحظة داخلية.')).toBeInTheDocument();
  });

  it('leaves counsel’s address out, with no brackets or braces, when the setting is empty', async () => {
    await arabicPanel(TEXT.legal);
    expect(within(response()).getByText('أحِل هذه التذكرة إلى المستشار القانوني وتوقّف عن مناقشة الأمر مع العميل.')).toBeInTheDocument();
    expect(response().textContent).not.toMatch(/[{}()[\]]/);
  });

  it('shows the review note in Arabic beside a review threat', async () => {
    const { store } = await arabicPanel(TEXT.legit);
    act(() => store.getState().overrideBehaviour('review_extortion'));
    expect(within(response()).getByText(GUIDANCE_AR.reviewNote)).toBeInTheDocument();
  });
});
