import HelpScout from '@helpscout/javascript-sdk';
import { createHelpScoutAdapter } from './adapters/helpscout/adapter';
import { companionClient } from './adapters/helpscout/companion';
import { mountPanel } from './mountPanel';

const element = document.getElementById('root');
const token = document.querySelector<HTMLMetaElement>('meta[name="fairline-session"]')?.content ?? '';

if (element && token === '') {
  // Served without the companion server's signed page load: there is no session to call the server with.
  element.textContent = 'Fairline runs inside the Help Scout conversation sidebar, served by its companion server.';
} else if (element) {
  mountPanel(element, createHelpScoutAdapter({ sdk: HelpScout, companion: companionClient(token) }));
}
