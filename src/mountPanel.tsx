import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { HelpdeskAdapter } from './shared/adapter';
import { App } from './panel/App';
import { GuardedPanel } from './panel/ErrorBoundary';
import { createPanelStore, PanelStoreProvider } from './store';

/** Wires a helpdesk adapter to a fresh store and renders the panel into `element`, behind the error boundary. */
export function mountPanel(element: HTMLElement, adapter: HelpdeskAdapter): void {
  const store = createPanelStore({ adapter, now: () => new Date() });
  adapter.onContextChange(() => void store.getState().load());
  void store.getState().load();
  createRoot(element).render(
    <StrictMode>
      <PanelStoreProvider store={store}>
        <GuardedPanel>
          <App />
        </GuardedPanel>
      </PanelStoreProvider>
    </StrictMode>,
  );
}
