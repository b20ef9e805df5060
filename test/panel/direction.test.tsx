// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { textDirection } from '../../src/panel/direction';
import { customerSays, renderPanel, TEXT } from './harness';

const replyBox = () => screen.getByRole('textbox', { name: /Reply to the customer|الرد على العميل/ });

// jsdom does not apply Garden's styles, which override `dir`; the end-to-end suite checks the computed direction.
describe('text direction in the panel', () => {
  it('marks an English reply left to right for an Arabic-speaking agent', async () => {
    await renderPanel(customerSays(TEXT.legit, { agentLocale: 'ar' }));
    expect(screen.getByRole('main')).toHaveAttribute('dir', 'rtl');
    expect(replyBox()).toHaveAttribute('dir', 'ltr');
  });

  it('marks an Arabic reply right to left for an English-speaking agent', async () => {
    await renderPanel(customerSays(TEXT.arabicLegit, { requester: { locale: 'ar' } }));
    expect(screen.getByRole('main')).toHaveAttribute('dir', 'ltr');
    expect(replyBox()).toHaveAttribute('dir', 'rtl');
  });

  it('follows the reply as the agent rewrites it in the other language', async () => {
    const { user } = await renderPanel(customerSays(TEXT.arabicLegit, { requester: { locale: 'ar' } }));
    await user.clear(replyBox());
    await user.type(replyBox(), 'Hi Layla, a replacement is on its way.');
    expect(replyBox()).toHaveAttribute('dir', 'ltr');
  });

  it('lets the internal note and each piece of evidence take their own direction in the Arabic panel', async () => {
    const { store } = await renderPanel(customerSays(TEXT.legal, { agentLocale: 'ar' }));
    const note = store.getState().assessment?.response.internalNote ?? '';
    expect(note).not.toBe('');
    expect(screen.getByText(note)).toHaveAttribute('dir', 'auto');
    const quotes = within(screen.getByRole('list', { name: 'الأدلة' })).getAllByRole('listitem');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toHaveAttribute('dir', 'auto');
  });
});

describe('textDirection', () => {
  it.each([
    ['Hi Marcus', 'rtl', 'ltr'],
    ['مرحباً يا ليلى', 'ltr', 'rtl'],
    ['«مرحباً» Marcus', 'ltr', 'rtl'],
    ['5531: refund', 'rtl', 'ltr'],
    ['  42 — !', 'rtl', 'rtl'],
    ['', 'ltr', 'ltr'],
  ] as const)('reads %j as %s-fallback → %s', (text, fallback, expected) => {
    expect(textDirection(text, fallback)).toBe(expected);
  });
});
