import './jsdom';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HelpdeskAdapter } from '../../src/shared/adapter';
import { createZendeskAdapter } from '../../src/adapters/zendesk/adapter';
import { App } from '../../src/panel/App';
import { createPanelStore, PanelStoreProvider } from '../../src/store';
import { fakeZafClient } from '../adapters/fakeZaf';
import { drawn } from './drawn';
import { NOW, zendeskWorld, type WorldOptions } from '../adapters/zendeskWorld';

export const TEXT = {
  legal: 'Three weeks and no refund for the blender I sent back. If it is not in my account by Monday, my attorney will be in touch with you.',
  chargeback: "Tracking hasn't moved in 10 days. I already opened a dispute with my bank, but if you reship today I'll cancel it.",
  belle: "Are you people brain dead? Third time I've explained this. Get me someone who actually knows what they're doing.",
  demand: "I bought these boots four months ago and wore them a few times, but I just don't like them anymore. I know it's past your window, but Amazon would take them back, so please refund me.",
  error: 'Ugh, I just realised I typed my old address at checkout and the parcel went there. Is there anything you can do?',
  legit: 'Hi, I was charged twice for order 5531. Could you refund the duplicate? Thanks!',
  arabicLegit: 'مرحباً، الكوب وصلني مكسور. ممكن تبعتوا بديل؟ شكراً',
};

export const customerSays = (text: string, options: WorldOptions = {}): WorldOptions => ({ comments: [{ from: 'customer', html: `<p>${text.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</p>` }], ...options });

/** The panel as Zendesk runs it: the real adapter over a fake ZAF client, the real store, the real App. */
export async function renderPanel(options: WorldOptions = {}, { copyRefused = false } = {}) {
  const world = zendeskWorld(options);
  const client = fakeZafClient(world);
  const adapter = createZendeskAdapter({ client, now: () => NOW, retry: { retries: 1, maxWaitMs: 10_000, sleep: async () => undefined } });
  const copied: string[] = [];
  const clipboard = async (text: string) => {
    if (copyRefused) throw new DOMException('Write permission denied', 'NotAllowedError');
    copied.push(text);
  };
  const store = createPanelStore({ adapter, now: () => NOW, clipboard });
  const view = render(
    <PanelStoreProvider store={store}>
      <App />
    </PanelStoreProvider>,
  );
  await act(() => store.getState().load());
  await drawn();
  return { world, client, store, view, copied, user: userEvent.setup() };
}

/** The panel over any adapter, such as a fake that inserts as Help Scout does: the real store and App. */
export async function renderWithAdapter(adapter: HelpdeskAdapter) {
  const copied: string[] = [];
  const store = createPanelStore({ adapter, now: () => NOW, clipboard: async (text) => void copied.push(text) });
  const view = render(
    <PanelStoreProvider store={store}>
      <App />
    </PanelStoreProvider>,
  );
  await act(() => store.getState().load());
  await drawn();
  return { store, view, copied, user: userEvent.setup() };
}
