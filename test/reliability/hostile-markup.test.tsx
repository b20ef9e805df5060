// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { renderPanel, TEXT } from '../panel/harness';

const PAYLOAD = '<img src=x onerror="window.__pwned=1">';
// The greeting uses the first word of the name, so a name that is one word carries the whole payload into the reply.
const ONE_WORD_PAYLOAD = '<img/src=x/onerror=window.__pwned=1>';
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Elements that could run script: an <img>, <script> or <iframe>, or any element with an on… handler attribute. */
function scriptable(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => ['IMG', 'SCRIPT', 'IFRAME'].includes(el.tagName) || [...el.attributes].some((a) => a.name.startsWith('on')));
}

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;
const replyBox = () => screen.getByRole('textbox', { name: /Reply to the customer/ }) as HTMLTextAreaElement;
const appended = (calls: Record<string, unknown>[]) => calls.filter((c) => 'ticket.comment.appendText' in c).map((c) => (c['ticket.comment.appendText'] as string[])[0]);

afterEach(() => {
  delete (window as unknown as { __pwned?: unknown }).__pwned;
});

describe('markup from customers and settings in the panel', () => {
  it('would notice the payload if it were ever parsed as HTML', () => {
    const probe = document.createElement('div');
    probe.innerHTML = PAYLOAD;
    expect(scriptable(probe)).toHaveLength(1);
  });

  it('shows a customer named with an <img onerror> as text and inserts it as text', async () => {
    const { client, view, user } = await renderPanel({ requester: { name: ONE_WORD_PAYLOAD }, comments: [{ from: 'customer', html: `<p>${TEXT.legit}</p>` }] });
    expect(replyBox().value).toContain(`Hi ${ONE_WORD_PAYLOAD}`);
    expect(scriptable(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(appended(client.calls)).toEqual([replyBox().value]);
    expect(client.calls.some((c) => Object.keys(c).some((name) => /html/i.test(name)))).toBe(false);
    expect(pwned()).toBeUndefined();
  });

  it('keeps a name with spaces as text too, greeting only its first word', async () => {
    const { view } = await renderPanel({ requester: { name: PAYLOAD }, comments: [{ from: 'customer', html: `<p>${TEXT.legit}</p>` }] });
    expect(replyBox().value).toContain('Hi <img,');
    expect(scriptable(view.container)).toEqual([]);
  });

  it('shows ticket text holding an escaped <img onerror> as the literal text in the evidence', async () => {
    const sentence = `My lawyer will be in touch ${PAYLOAD} today.`;
    const { store, view } = await renderPanel({ comments: [{ from: 'customer', html: `<p>${escapeHtml(sentence)}</p>` }] });
    expect(store.getState().context?.ticket.comments[0]?.body).toBe(sentence);
    expect(view.container.textContent).toContain(PAYLOAD);
    expect(scriptable(view.container)).toEqual([]);
    expect(pwned()).toBeUndefined();
  });

  it('drops live markup in ticket text, so nothing from it reaches the page', async () => {
    const { store, view } = await renderPanel({ comments: [{ from: 'customer', html: `<p>Where is my order?${PAYLOAD}<script>window.__pwned=1</script></p>` }] });
    expect(store.getState().context?.ticket.comments[0]?.body).toBe('Where is my order?');
    expect(scriptable(view.container)).toEqual([]);
    expect(pwned()).toBeUndefined();
  });

  // The sign-off names the agent, or the company when no agent name is set.
  it('signs the reply with a company name holding an <img onerror> as text and inserts it as text', async () => {
    const { client, view, user } = await renderPanel({ settings: { companyName: PAYLOAD, agentName: '' }, comments: [{ from: 'customer', html: `<p>${TEXT.legit}</p>` }] });
    expect(replyBox().value).toContain(PAYLOAD);
    expect(scriptable(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(appended(client.calls)[0]).toContain(PAYLOAD);
    expect(client.draft.text).toBe(replyBox().value);
    expect(pwned()).toBeUndefined();
  });

  it('gives the editor text only: the adapter appends with appendText and never with appendHtml', () => {
    const adapter = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'adapters', 'zendesk', 'adapter.ts'), 'utf8');
    expect(adapter).toContain("'ticket.comment.appendText'");
    expect(adapter).not.toMatch(/appendHtml|appendMarkdown|comment\.text'/);
  });

  it('puts no HTML strings into the page anywhere in the panel, store or adapters', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    // Folders are walked down (adapters/zendesk/export/ holds the pull's code).
    const files = ['panel', 'store', 'adapters/zendesk']
      .flatMap((dir) => readdirSync(join(src, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)))
      .concat(join(src, 'main.tsx'));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => /dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
