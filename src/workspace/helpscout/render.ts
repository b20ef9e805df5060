import type { Workspace } from '../model';
import { byId, element, renderComments } from '../render';

/** The open conversation as Help Scout shows it: subject, customer, tags (the fake Mailbox API's, once read) and threads. */
export function renderConversation(w: Workspace, id: number, tags: readonly string[] | null): void {
  const ticket = w.tickets.get(id);
  if (!ticket) return;
  const customer = w.users.get(ticket.requesterId);
  byId('ticket-subject').textContent = ticket.subject;
  byId('ticket-subject').dir = 'auto';
  byId('ticket-requester').textContent = `#${ticket.id - 4000} · ${customer?.name ?? 'Unknown'} <${customer?.email ?? ''}>`;
  const shown = tags ?? ticket.tags;
  byId('ticket-tags').replaceChildren(...shown.map((tag) => element('li', { className: ticket.tags.includes(tag) ? '' : 'added' }, tag)));
  renderComments(ticket.comments, customer?.name ?? 'Customer', 'note');
}

/** Draft replies saved to the conversation through the Mailbox API: never sent. */
export function renderDrafts(drafts: readonly string[], writeDrafts: boolean): void {
  byId('draft-mode').textContent = writeDrafts
    ? 'The companion server saves Insert as a draft reply here (FAIRLINE_WRITE_DRAFTS=on); nothing is sent.'
    : 'Insert copies to the clipboard; start the workspace with FAIRLINE_WRITE_DRAFTS=on to save drafts here instead.';
  byId('drafts').replaceChildren(...drafts.map((text) => element('li', { dir: 'auto' }, text)));
}

export function renderNotice(type: string, message: string): void {
  const list = byId('notices');
  list.prepend(element('li', { className: type, dir: 'auto' }, message));
  while (list.children.length > 3) list.lastElementChild?.remove();
}

export function renderClipboard(text: string): void {
  const box = byId('clipboard');
  box.textContent = text;
  if (box.parentElement) box.parentElement.hidden = false;
}

export function clearNotices(): void {
  byId('notices').replaceChildren();
  byId('clipboard').textContent = '';
  const section = byId('clipboard').parentElement;
  if (section) section.hidden = true;
}
