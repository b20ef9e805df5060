import HelpScout from '@helpscout/javascript-sdk';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHelpScoutAdapter } from './adapters/helpscout/adapter';
import { companionClient } from './adapters/helpscout/companion';
import { App } from './panel/App';
import { createPanelStore, PanelStoreProvider } from './store';

const element = document.getElementById('root');
const token = document.querySelector<HTMLMetaElement>('meta[name="fairline-session"]')?.content ?? '';

if (element && token === '') {
  // Served without the companion server's signed page load: there is no session to call the server with.
  element.textContent = 'Fairline runs inside the Help Scout conversation sidebar, served by its companion server.';
} else if (element) {
  const adapter = createHelpScoutAdapter({ sdk: HelpScout, companion: companionClient(token) });
  const store = createPanelStore({ adapter, now: () => new Date() });
  adapter.onContextChange(() => void store.getState().load());
  void store.getState().load();
  createRoot(element).render(
    <StrictMode>
      <PanelStoreProvider store={store}>
        <App />
      </PanelStoreProvider>
    </StrictMode>,
  );
}
