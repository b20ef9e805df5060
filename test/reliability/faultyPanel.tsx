import '../panel/jsdom';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createZendeskAdapter } from '../../src/adapters/zendesk/adapter';
import { App } from '../../src/panel/App';
import { createPanelStore, PanelStoreProvider } from '../../src/store';
import { fakeZafClient, type FakeZafClient, type FakeZendesk } from '../adapters/fakeZaf';
import { NOW, zendeskWorld, type WorldOptions } from '../adapters/zendeskWorld';
import { drawn } from '../panel/drawn';

export const TIMEOUT_MS = 40;
export const never = <T,>() => new Promise<T>(() => undefined);

export interface FaultyOptions extends WorldOptions {
  /** Breaks the fake ZAF client before the first load, as a fault in the helpdesk frame would. */
  sabotage?: (client: FakeZafClient, world: FakeZendesk) => void;
  /** False leaves the first load running, for faults that arrive while it is in flight. */
  awaitLoad?: boolean;
  timeoutMs?: number;
}

/** The whole panel over a fake ZAF client, with a short timeout and waits that are recorded instead of slept. */
export async function renderFaultyPanel({ sabotage, awaitLoad = true, timeoutMs = TIMEOUT_MS, ...options }: FaultyOptions = {}) {
  const world = zendeskWorld(options);
  const client = fakeZafClient(world);
  sabotage?.(client, world);
  const waits: number[] = [];
  const adapter = createZendeskAdapter({
    client,
    now: () => NOW,
    timeoutMs,
    retry: { retries: 2, maxWaitMs: 10_000, sleep: async (ms) => void waits.push(ms) },
  });
  const store = createPanelStore({ adapter, now: () => NOW });
  adapter.onContextChange(() => void store.getState().load());
  const view = render(
    <PanelStoreProvider store={store}>
      <App />
    </PanelStoreProvider>,
  );
  const firstLoad = store.getState().load();
  if (awaitLoad) await act(() => firstLoad);
  await drawn();
  return { world, client, store, view, waits, firstLoad, user: userEvent.setup() };
}

/** The panel is working: it shows an assessment with a reply ready to insert. */
export function expectWorkingPanel() {
  expect(screen.getByRole('heading', { name: 'Suggested response' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Insert reply' })).toBeEnabled();
}
