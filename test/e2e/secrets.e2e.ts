import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, WORKSPACE_OUT } from '../../src/workspace/server/build';
import { browserMissing, suiteSession } from './harness';
import { shownAssessment } from './panel';

/** Every file under `dir`, as paths relative to it. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));

describe.skipIf(browserMissing)('the secure settings stay on the server, as in Zendesk', () => {
  const session = suiteSession({}, { closePages: true });
  const secrets = () => Object.values(session.secureSettings);
  const withoutSecrets = (text: string) => secrets().filter((s) => text.includes(s));

  it('has secrets to look for', () => {
    expect(secrets()).toHaveLength(3);
    for (const s of secrets()) expect(s.length).toBeGreaterThanOrEqual(32);
  });

  it('serves no page or script that holds a secret, of the workspace or of the app', async () => {
    const served = [
      ...filesIn(WORKSPACE_OUT).map((f) => `${session.url}${f}`),
      ...filesIn(join(ROOT, 'dist')).map((f) => `${session.url}app/${f}`),
    ];
    expect(served.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(3);
    for (const url of served) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(withoutSecrets(await response.text()), url).toEqual([]);
    }
  });

  it('sends the app settings without a secret, and no request or answer the browser sees holds one', async () => {
    const { page, app } = await session.open('?ticket=5021');
    const seen: string[] = [];
    page.on('request', (r) => seen.push(`${r.method()} ${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ''}`));
    page.on('response', (r) => void r.text().then((t) => seen.push(t), () => undefined));
    for (const ticket of [5021, 5022, 5023]) {
      await page.evaluate((id) => (window as unknown as { fairlineWorkspace: { openTicket(id: number): void } }).fairlineWorkspace.openTicket(id), ticket);
      await shownAssessment(app);
      await expect.poll(() => app.getByTestId('fairline-value-source').count()).toBe(1);
    }
    // The installation settings the page hands each app frame at the ZAF handshake.
    const settings = await page.evaluate(() =>
      JSON.stringify(
        [...(window as unknown as { fairlineWorkspace: { tabs: Map<number, { host: unknown }> } }).fairlineWorkspace.tabs.values()].map((t) =>
          (t.host as { registration(): unknown }).registration(),
        ),
      ),
    );
    expect(settings).toContain('valueSources');
    expect(withoutSecrets(settings)).toEqual([]);
    const proxied = seen.filter((s) => s.includes('/zendesk-proxy'));
    expect(proxied.some((s) => s.includes('{{setting.stripe_secret_key}}'))).toBe(true);
    expect(proxied.some((s) => s.includes('{{setting.companion_jwt_secret}}'))).toBe(true);
    expect(seen.length).toBeGreaterThan(5);
    expect(withoutSecrets(seen.join('\n'))).toEqual([]);
  });
});
