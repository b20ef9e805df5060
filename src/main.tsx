import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createZendeskAdapter } from './adapters/zendesk/adapter';
import { sessionHistoryStore } from './adapters/zendesk/historyStore';
import { initZafClient } from './adapters/zendesk/zaf';
import { App } from './panel/App';
import { GuardedPanel } from './panel/ErrorBoundary';
import { translate } from './panel/i18n';
import { createPanelStore, PanelStoreProvider } from './store';

const element = document.getElementById('root');
const client = initZafClient();

if (element && !client) {
  // Opened outside a Zendesk frame: no origin or app_guid in the URL, or the SDK script did not load.
  element.textContent = translate('en', 'outsideZendesk');
} else if (element && client) {
  const adapter = createZendeskAdapter({ client, now: () => new Date(), store: sessionHistoryStore() });
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
