import { AGENT } from './demo/people';
import type { DemoComment } from './demo/types';
import { FAULT_LABELS, FAULT_NAMES, type Faults } from './faults';
import type { Workspace } from './model';

export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function renderTicketList(w: Workspace, current: number, open: (id: number) => void): void {
  const list = byId<HTMLUListElement>('ticket-list');
  list.replaceChildren(
    ...w.openIds.map((id) => {
      const ticket = w.tickets.get(id);
      const who = w.users.get(ticket?.requesterId ?? -1)?.name ?? '';
      const button = element('button', { type: 'button', dir: 'auto' }, `#${id} ${ticket?.subject ?? ''}`, element('span', { className: 'who' }, who));
      button.setAttribute('aria-current', String(id === current));
      button.addEventListener('click', () => open(id));
      return element('li', {}, button);
    }),
  );
}

/** The conversation, requester and tags. Text is set as text, never as HTML. */
export function renderTicket(w: Workspace, id: number, addedTags: ReadonlySet<string>): void {
  const ticket = w.tickets.get(id);
  if (!ticket) return;
  const requester = w.users.get(ticket.requesterId);
  byId('ticket-subject').textContent = ticket.subject;
  byId('ticket-subject').dir = 'auto';
  byId('ticket-requester').textContent = `${requester?.name ?? 'Unknown'} <${requester?.email ?? ''}> · ${ticket.status}`;
  byId('ticket-tags').replaceChildren(...ticket.tags.map((tag) => element('li', { className: addedTags.has(tag) ? 'added' : '' }, tag)));
  byId('requester-tags').replaceChildren(...(requester?.tags ?? []).map((tag) => element('li', {}, tag)));
  renderComments(ticket.comments, requester?.name ?? 'Customer', 'internal note');
}

/** The comments, oldest first, each in its own text's direction; `noteLabel` names an agent's internal note. */
export function renderComments(comments: readonly DemoComment[], customerName: string, noteLabel: string): void {
  byId('comments').replaceChildren(
    ...comments.map((c) =>
      element(
        'li',
        { className: `${c.from}${c.internal ? ' internal' : ''}`, dir: 'auto' },
        element('span', { className: 'author' }, c.from === 'agent' ? `${AGENT.name}${c.internal ? ` (${noteLabel})` : ''}` : customerName),
        c.body,
      ),
    ),
  );
}

export function renderDraft(w: Workspace, id: number): void {
  const draft = w.drafts.get(id);
  if (!draft) return;
  const editor = byId<HTMLTextAreaElement>('editor');
  if (editor.value !== draft.text) editor.value = draft.text;
  editor.dir = 'auto';
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="comment-type"]')) radio.checked = radio.value === draft.type;
}

export function renderRequestCount(total: number, forTicket: number, what = 'ticket'): void {
  byId('request-count').textContent = `Helpdesk requests: ${total} (this ${what}: ${forTicket})`;
}

/** The top bar's link to the same demo tickets in Help Scout mode (the server sends it on to its HTTPS address). */
export function renderModeSwitch(): void {
  const link = element('a', { href: '/?helpdesk=helpscout', className: 'mode-switch' }, 'Help Scout mode');
  link.style.color = 'inherit';
  byId('request-count').before(link);
}

export function renderFaultSwitches(faults: Faults, changed: () => void): void {
  byId('fault-switches').replaceChildren(
    ...FAULT_NAMES.map((name) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = faults[name];
      box.name = name;
      box.addEventListener('change', () => {
        faults[name] = box.checked;
        changed();
      });
      return element('label', {}, box, ` ${FAULT_LABELS[name]}`);
    }),
  );
}
