// @vitest-environment jsdom
import '../panel/jsdom';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/panel/App';
import { GuardedPanel } from '../../src/panel/ErrorBoundary';
import type { Assessment } from '../../src/rules';
import { createPanelStore, PanelStoreProvider } from '../../src/store';
import { fakeAdapter, NOW, ticketContext } from '../store/fakeAdapter';
import { drawn } from '../panel/drawn';

function Broken(): never {
  throw new Error('render fault');
}

async function renderGuarded(children: React.ReactNode, locale = 'en-US') {
  const { adapter } = fakeAdapter({ context: ticketContext('Where is my order?'), warnings: [] });
  adapter.readAgentLocale = async () => locale;
  const store = createPanelStore({ adapter, now: () => NOW });
  await store.getState().load();
  const onReload = vi.fn();
  const view = render(
    <PanelStoreProvider store={store}>
      <GuardedPanel onReload={onReload}>{children}</GuardedPanel>
    </PanelStoreProvider>,
  );
  await drawn();
  return { store, view, onReload };
}

// React and the boundary report the fault on the console and as a window error; the tests look at what the agent sees.
const quiet = (event: ErrorEvent) => event.preventDefault();
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  window.addEventListener('error', quiet);
});

afterEach(() => {
  window.removeEventListener('error', quiet);
  vi.restoreAllMocks();
});

describe('a rendering fault', () => {
  it('shows a plain message and a reload action instead of a blank sidebar', async () => {
    const { view, onReload } = await renderGuarded(<Broken />);
    expect(screen.getByRole('alert')).toHaveTextContent('Fairline hit a problem showing this ticket. Nothing in the ticket was changed. Reload the panel to try again.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload the panel' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(view.container.textContent?.trim()).not.toBe('');
  });

  it('words the message in Arabic, right to left, for an Arabic-speaking agent', async () => {
    await renderGuarded(<Broken />, 'ar-SA');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('dir', 'rtl');
    expect(alert).toHaveTextContent('واجه Fairline مشكلة في عرض هذه التذكرة');
    expect(screen.getByRole('button', { name: 'إعادة تحميل اللوحة' })).toBeInTheDocument();
  });

  it('catches a fault deep in the real panel when the store holds an assessment it cannot draw', async () => {
    const { store, view } = await renderGuarded(<App />);
    expect(screen.getByRole('heading', { name: 'Suggested response' })).toBeInTheDocument();
    act(() => store.setState({ assessment: {} as Assessment }));
    expect(screen.getByRole('alert')).toHaveTextContent('Fairline hit a problem showing this ticket.');
    expect(view.container.textContent?.trim()).not.toBe('');
  });

  it('renders the panel untouched when nothing fails', async () => {
    await renderGuarded(<App />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Insert reply' })).toBeInTheDocument();
  });
});
