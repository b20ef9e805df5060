import { panel as ar } from '../../translations/ar.json';
import { panel as en } from '../../translations/en.json';
import { INTERNAL_NOTE, REVIEW_NOTE } from '../../src/rules/data/guidance';
import { createPanelStore } from '../../src/store';
import { fillNote, noteIn } from '../../src/store/note';
import { fakeAdapter, NOW, ticketContext } from './fakeAdapter';

const LEGAL = 'Refund me by Friday or my attorney will be in touch with you.';
const COUNSEL = 'legal@northwind.example';
const RULES_NOTES = { ...INTERNAL_NOTE, review: REVIEW_NOTE };

describe('the internal note in the agent’s language', () => {
  it('has an English wording in en.json for every note the rules write, word for word, and an Arabic one', () => {
    expect(Object.keys(RULES_NOTES).length).toBeGreaterThanOrEqual(3);
    expect(en.note).toEqual(RULES_NOTES);
    expect(Object.keys(ar.note).sort()).toEqual(Object.keys(en.note).sort());
  });

  it.each([
    ['with', COUNSEL, 'أحِل هذه التذكرة إلى المستشار القانوني (legal@northwind.example) وتوقّف عن مناقشة الأمر مع العميل.'],
    ['without', '', 'أحِل هذه التذكرة إلى المستشار القانوني وتوقّف عن مناقشة الأمر مع العميل.'],
  ])('words the counsel note in Arabic %s counsel’s address, never printing braces', (_, email, arabic) => {
    const english = fillNote(en.note.terminate_legal, { counselEmail: email });
    expect(noteIn('ar', english, email)).toBe(arabic);
    expect(noteIn('ar', english, email)).not.toMatch(/[{}[\]]/);
  });

  it.each(['dispute_process', 'review'] as const)('words the %s note in Arabic', (key) => {
    expect(noteIn('ar', RULES_NOTES[key] ?? null, '')).toBe(ar.note[key]);
  });

  it('shows the rules’ English note unchanged to an English-speaking agent', () => {
    const english = fillNote(INTERNAL_NOTE.terminate_legal!, { counselEmail: COUNSEL });
    expect(english).toBe(`Forward this ticket to counsel (${COUNSEL}) and stop discussing the matter with the customer.`);
    expect(noteIn('en', english, COUNSEL)).toBe(english);
  });

  it('keeps a note it does not know in the rules’ English rather than guess', () => {
    expect(noteIn('ar', 'Call the customer back tomorrow.', '')).toBe('Call the customer back tomorrow.');
    expect(noteIn('ar', null, '')).toBeNull();
  });

  it('leaves an empty slot outside an optional part blank rather than print its braces', () => {
    expect(fillNote('Write to {counselEmail} now.', { counselEmail: '  ' })).toBe('Write to  now.');
  });

  it('holds the Arabic note with counsel’s address from the settings, and inserts and copies exactly that text', async () => {
    const copied: string[] = [];
    const fake = fakeAdapter({ context: ticketContext(LEGAL), warnings: [] });
    fake.adapter.readAgentLocale = async () => 'ar';
    fake.adapter.readSettings = async () => ({ counselEmail: COUNSEL });
    const store = createPanelStore({ adapter: fake.adapter, now: () => NOW, clipboard: async (text) => void copied.push(text) });
    await store.getState().load();
    const shown = 'أحِل هذه التذكرة إلى المستشار القانوني (legal@northwind.example) وتوقّف عن مناقشة الأمر مع العميل.';
    expect(store.getState().note).toBe(shown);
    await store.getState().insertNote();
    await store.getState().copyText('note');
    expect(fake.inserted).toEqual([{ text: shown, options: { internal: true } }]);
    expect(copied).toEqual([shown]);
  });

  it('words the note again for the response the agent overrides to', async () => {
    const fake = fakeAdapter({ context: ticketContext(LEGAL), warnings: [] });
    fake.adapter.readAgentLocale = async () => 'ar';
    const store = createPanelStore({ adapter: fake.adapter, now: () => NOW });
    await store.getState().load();
    store.getState().overrideBehaviour('payment_dispute');
    expect(store.getState().note).toBe(ar.note.dispute_process);
    store.getState().overrideBehaviour('legitimate');
    expect(store.getState().note).toBeNull();
  });
});
