// @vitest-environment jsdom
import HelpScout from '@helpscout/javascript-sdk';
import { createHelpScoutAdapter } from '../../src/adapters/helpscout/adapter';
import type { ApiThread } from '../../src/shared/companionWire';
import { createWorkspace } from '../../src/workspace/model';
import { apiThreads, sdkContext } from '../../src/workspace/helpscout/model';
import { fakeCompanion } from './fakeHelpScout';

const HELP_SCOUT = 'https://secure.helpscout.net';
const w = createWorkspace(Date.parse('2026-11-01T12:00:00Z'));

/** Help Scout's side of the SDK's postMessage protocol: what the app posts, and the answers it gets. */
function helpScoutParent(referrer: string) {
  Object.defineProperty(document, 'referrer', { value: referrer, configurable: true });
  const posted: { message: Record<string, unknown>; target: string }[] = [];
  vi.spyOn(window.parent, 'postMessage').mockImplementation((message: unknown, target: unknown) => {
    posted.push({ message: message as Record<string, unknown>, target: String(target) });
  });
  const answer = (data: Record<string, unknown>, origin = HELP_SCOUT) => window.dispatchEvent(new MessageEvent('message', { data, origin }));
  return { posted, answer };
}

afterEach(() => vi.restoreAllMocks());

describe('the Help Scout adapter over the real SDK', () => {
  it('asks its parent for the context and reads the answer Help Scout posts back', async () => {
    const parent = helpScoutParent(`${HELP_SCOUT}/conversation/5001`);
    const adapter = createHelpScoutAdapter({ sdk: HelpScout, companion: fakeCompanion({ threads: apiThreads(w, w.tickets.get(5001)!) as unknown as ApiThread[] }), locale: () => 'en' });
    const read = adapter.readContext();
    await vi.waitFor(() => expect(parent.posted.map((p) => p.message.type)).toContain('GET_APP_CONTEXT'));
    expect(parent.posted[0]?.target).toBe(`${HELP_SCOUT}/conversation/5001`);
    parent.answer({ type: 'SEND_APP_CONTEXT', ...sdkContext(w, 5001) });
    const { context } = await read;
    expect(context.customer).toMatchObject({ id: 101, lifetimeValue: 189 });
  });

  it('ignores a context posted from an origin that is not Help Scout', async () => {
    const parent = helpScoutParent(`${HELP_SCOUT}/conversation/5002`);
    const adapter = createHelpScoutAdapter({ sdk: HelpScout, companion: fakeCompanion({ threads: [] }), locale: () => 'en', contextTimeoutMs: 100 });
    const read = adapter.readContext();
    parent.answer({ type: 'SEND_APP_CONTEXT', ...sdkContext(w, 5002) }, 'https://attacker.example');
    await expect(read).rejects.toThrow(/Help Scout did not send the conversation/);
  });

  it('posts nothing at all when the page was not opened from Help Scout', async () => {
    const parent = helpScoutParent('http://127.0.0.1:4567/');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    HelpScout.setClipboardText('Hi', 'Copied');
    HelpScout.setAppHeight(300);
    expect(parent.posted).toEqual([]);
  });

  it('copies to the clipboard and sets the height through the parent, with the message types Help Scout expects', () => {
    const parent = helpScoutParent(`${HELP_SCOUT}/conversation/5001`);
    const adapter = createHelpScoutAdapter({ sdk: HelpScout, companion: fakeCompanion({ threads: [] }), locale: () => 'ar' });
    adapter.resize(240);
    HelpScout.setClipboardText('مرحبا', 'تم النسخ');
    expect(parent.posted.map((p) => p.message)).toEqual([
      expect.objectContaining({ type: 'SET_APP_HEIGHT', value: 240 }),
      expect.objectContaining({ type: 'SET_CLIPBOARD_TEXT', value: { text: 'مرحبا', successMessage: 'تم النسخ' } }),
    ]);
  });
});
