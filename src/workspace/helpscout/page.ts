import { createWorkspace } from '../model';
import { byId, renderRequestCount, renderTicketList } from '../render';
import { sdkContext } from './model';
import { clearNotices, renderClipboard, renderConversation, renderDrafts, renderNotice } from './render';
import { HelpScoutSdkHost } from './sdkHost';

/** What the workspace server reports from the fake Help Scout (GET /helpscout/state). */
interface MailboxState {
  requests: number;
  writeDrafts: boolean;
  conversation: { tags: string[]; drafts: string[] } | null;
}

const POLL_MS = 400;
const params = new URLSearchParams(location.search);
const workspace = createWorkspace(Date.now());
let current = workspace.openIds[0] ?? 0;
let open: { frame: HTMLIFrameElement; host: HelpScoutSdkHost; requestsAtOpen: number } | null = null;
let latest: MailboxState | null = null;

// Help Scout gives apps no agent language: the app reads the browser's.
byId('agent-language').textContent = `Agent language: the browser's (${navigator.language})`;

/** The fake Help Scout's state, or null when it cannot be read or the agent has moved to another conversation since. */
async function readState(): Promise<MailboxState | null> {
  const asked = current;
  try {
    const response = await fetch(`/helpscout/state?conversation=${asked}`);
    const state = response.ok ? ((await response.json()) as MailboxState) : null;
    return asked === current ? state : null;
  } catch {
    // The server stopped: keep what is on screen.
    return null;
  }
}

function show(state: MailboxState | null): void {
  if (state) latest = state;
  renderConversation(workspace, current, latest?.conversation?.tags ?? null);
  renderDrafts(latest?.conversation?.drafts ?? [], latest?.writeDrafts ?? false);
  const total = latest?.requests ?? 0;
  renderRequestCount(total, open ? total - open.requestsAtOpen : 0, 'conversation');
}

function copy(text: string, successMessage: string): void {
  renderClipboard(text);
  renderNotice('SUCCESS', successMessage);
  // A real copy when the browser allows it; the text is on the page either way.
  navigator.clipboard?.writeText(text).catch(() => undefined);
}

/** Help Scout loads the app's signed callback URL afresh each time a conversation is viewed. */
async function openConversation(id: number): Promise<void> {
  current = id;
  open?.host.dispose();
  open?.frame.remove();
  clearNotices();
  renderTicketList(workspace, current, (next) => void openConversation(next));
  const state = await readState();
  const frame = document.createElement('iframe');
  frame.title = 'Fairline';
  frame.name = `app-fairline-${id}`;
  frame.src = `/helpscout/sidebar/${id}`;
  const host = new HelpScoutSdkHost(frame, location.origin, {
    context: () => sdkContext(workspace, id),
    copy,
    notify: renderNotice,
    resize: (height) => (frame.style.height = `${Math.min(Math.max(height, 80), 4000)}px`),
  });
  open = { frame, host, requestsAtOpen: state?.requests ?? latest?.requests ?? 0 };
  document.getElementById('app-frames')?.append(frame);
  show(state);
  history.replaceState(null, '', `?${new URLSearchParams({ ...Object.fromEntries(params), ticket: String(id) })}`);
}

setInterval(() => void readState().then(show), POLL_MS);

/** For end-to-end tests. */
Object.assign(window, { fairlineWorkspace: { helpdesk: 'helpscout', workspace, openConversation } });

void openConversation(Number(params.get('ticket')) || current);
