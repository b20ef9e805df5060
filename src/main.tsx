import { createZendeskAdapter } from './adapters/zendesk/adapter';
import { sessionHistoryStore } from './adapters/zendesk/historyStore';
import { initZafClient } from './adapters/zendesk/zaf';
import { mountPanel } from './mountPanel';
import { translate } from './panel/i18n';

const element = document.getElementById('root');
const client = initZafClient();

if (element && !client) {
  // Opened outside a Zendesk frame: no origin or app_guid in the URL, or the SDK script did not load.
  element.textContent = translate('en', 'outsideZendesk');
} else if (element && client) {
  mountPanel(element, createZendeskAdapter({ client, now: () => new Date(), store: sessionHistoryStore() }));
}
