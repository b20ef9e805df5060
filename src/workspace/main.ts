import { faultsFromUrl, rateLimitTimesFromUrl } from './faults';
import { createWorkspace, type CommentType } from './model';
import { renderDraft, renderFaultSwitches, renderModeSwitch, renderRequestCount, renderTicket, renderTicketList } from './render';
import { installationSettings } from './settings';
import { ticketHandlers } from './zafHandlers';
import { ZafHost } from './zafHost';
import type { ApiStats } from './zendeskApi';

const APP_URL = '/app/assets/index.html';
const params = new URLSearchParams(location.search);
const workspace = createWorkspace(Date.now());
const faults = faultsFromUrl(location.search);
const stats: ApiStats = { log: [], rateLimitedInARow: 0 };
const addedTags = new Set<string>();
const settings = await installationSettings('/app/manifest.json');
const localeSelect = document.getElementById('agent-locale') as HTMLSelectElement;
localeSelect.value = params.get('locale') === 'ar' ? 'ar' : 'en-US';

interface Tab {
  frame: HTMLIFrameElement;
  host: ZafHost;
  requestsAtOpen: number;
}
const tabs = new Map<number, Tab>();
let current = workspace.openIds[0] ?? 0;

function refresh(what: 'draft' | 'tags' | 'requests' | 'all' = 'all'): void {
  if (what === 'all' || what === 'tags') renderTicket(workspace, current, addedTags);
  if (what === 'all' || what === 'draft') renderDraft(workspace, current);
  const tab = tabs.get(current);
  renderRequestCount(stats.log.length, tab ? stats.log.length - tab.requestsAtOpen : 0);
}

/** One app iframe per ticket tab, kept while the tab is open, as Zendesk does. */
function createTab(ticketId: number): Tab {
  const frame = document.createElement('iframe');
  const guid = `fairline-${ticketId}`;
  frame.title = 'Fairline';
  frame.src = `${APP_URL}?origin=${encodeURIComponent(location.origin)}&app_guid=${guid}`;
  document.getElementById('app-frames')?.append(frame);
  const handlers = ticketHandlers({
    workspace,
    ticketId,
    faults,
    stats,
    rateLimitTimes: rateLimitTimesFromUrl(location.search),
    addedTags,
    agentLocale: () => localeSelect.value,
    changed: (what) => ticketId === current && refresh(what),
    resize: (height) => (frame.style.height = `${Math.min(Math.max(height, 80), 4000)}px`),
  });
  const registration = () => ({
    context: { location: 'ticket_sidebar', instanceGuid: guid, product: 'support', account: { subdomain: 'fairline-demo' }, ticketId },
    // A ticket may carry settings of its own (the value sources); never a secure one: those stay on the server.
    metadata: { appId: 0, installationId: 1, name: 'Fairline', version: '0.1.0', settings: { ...settings, ...workspace.tickets.get(ticketId)?.settings } },
  });
  return { frame, host: new ZafHost(frame, location.origin, handlers, registration), requestsAtOpen: stats.log.length };
}

function closeTab(ticketId: number): void {
  const tab = tabs.get(ticketId);
  tab?.host.dispose();
  tab?.frame.remove();
  tabs.delete(ticketId);
}

function openTicket(id: number): void {
  current = id;
  if (!tabs.has(id)) tabs.set(id, createTab(id));
  for (const [ticketId, tab] of tabs) tab.frame.hidden = ticketId !== id;
  renderTicketList(workspace, current, openTicket);
  refresh();
  history.replaceState(null, '', `?${new URLSearchParams({ ...Object.fromEntries(params), ticket: String(id) })}`);
}

document.getElementById('editor')?.addEventListener('input', (event) => {
  const draft = workspace.drafts.get(current);
  if (draft) draft.text = (event.target as HTMLTextAreaElement).value;
});
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="comment-type"]')) {
  radio.addEventListener('change', () => {
    const draft = workspace.drafts.get(current);
    if (draft && radio.checked) draft.type = radio.value as CommentType;
  });
}
localeSelect.addEventListener('change', () => {
  for (const id of [...tabs.keys()]) closeTab(id);
  openTicket(current);
});
document.getElementById('reload-app')?.addEventListener('click', () => {
  closeTab(current);
  openTicket(current);
});
renderFaultSwitches(faults, () => undefined);
renderModeSwitch();

/** For end-to-end tests and the browser benchmark. */
Object.assign(window, { fairlineWorkspace: { workspace, stats, faults, openTicket, tabs } });

openTicket(Number(params.get('ticket')) || current);
