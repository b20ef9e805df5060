import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOAD_5001, signedQuery, startWorld, type World } from '../companion/world';
import { builtApps, ROOT } from './builtApp';

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/i;

function parsePolicy(content: string): Map<string, string[]> {
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const policyOf = (html: string) => parsePolicy(META.exec(html)?.[1] ?? '');
const emptyStringHash = `'sha256-${createHash('sha256').update('').digest('base64')}'`;

/** Inline script bodies, <style> blocks, style attributes and inline handlers: what a strict policy blocks. */
function inlineCode(html: string): string[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '');
  const scripts = [...markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && body!.trim() !== '').map(([tag]) => tag);
  return [...scripts, ...(markup.match(/<style\b[^>]*>/gi) ?? []), ...(markup.match(/\s(?:style|on[a-z]+)=/gi) ?? [])];
}

describe.each([
  ['the built Zendesk page', () => builtApps().zendesk.page],
  ['the source Zendesk page', () => readFileSync(join(ROOT, 'src', 'index.html'), 'utf8')],
])('the Content-Security-Policy of %s', (_, read) => {
  const html = read();
  const policy = policyOf(html);

  it('carries the policy in a meta tag before any script', () => {
    expect(policy.size).toBeGreaterThan(0);
    expect(html.search(META)).toBeLessThan(html.search(/<script\b/i));
  });

  it('denies everything by default and loads script only from the app and Zendesk’s SDK CDN', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", 'https://static.zdassets.com']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('allows no inline script, no eval and no inline CSS text', () => {
    const sources = [...policy.values()].flat();
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    // styled-components needs empty <style> tags it fills through CSSOM; only the empty string's hash is allowed.
    expect(policy.get('style-src')).toEqual(["'self'", emptyStringHash]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('loads the ZAF SDK from the host the policy allows', () => {
    const sdk = /<script src="(https:\/\/[^"]+zaf_sdk[^"]*)"/.exec(html)?.[1];
    expect(sdk && new URL(sdk).origin).toBe('https://static.zdassets.com');
  });

  it('has no inline script, inline style block or inline handler the policy would block', () => {
    expect(inlineCode(html)).toEqual([]);
  });
});

describe.each([
  ['the built Help Scout page', () => builtApps().helpscout.page],
  ['the source Help Scout page', () => readFileSync(join(ROOT, 'src', 'helpscout.html'), 'utf8')],
])('%s', (_, read) => {
  const html = read();

  it('has no inline script, inline style block or inline handler the companion’s policy would block', () => {
    expect(inlineCode(html)).toEqual([]);
  });

  it('loads its scripts and stylesheets only from its own folder, which script-src and style-src \'self\' allow', () => {
    const urls = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/gi)].map(([, url]) => url!);
    expect(urls.length).toBeGreaterThanOrEqual(2);
    expect(urls.filter((url) => !url.startsWith('./'))).toEqual([]);
  });
});

describe('the Content-Security-Policy the companion server sends with the built Help Scout page', () => {
  let world: World;
  afterAll(async () => world?.close());

  async function served() {
    world ??= await startWorld({}, {}, builtApps().helpscout.dir);
    const response = await fetch(`${world.url}/?${signedQuery(LOAD_5001)}`);
    return { response, html: await response.text(), policy: parsePolicy(response.headers.get('content-security-policy') ?? '') };
  }

  it('denies everything by default and allows script, style and calls only from the server itself', async () => {
    const { response, policy } = await served();
    expect(response.status).toBe(200);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", emptyStringHash]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect([...policy.values()].flat().filter((s) => s.startsWith("'unsafe-"))).toEqual([]);
  });

  it('lets only Help Scout’s app frame the page', async () => {
    const { policy } = await served();
    expect(policy.get('frame-ancestors')).toEqual(['https://secure.helpscout.net']);
  });

  it('serves the real page, with its session token, and the bundle it names', async () => {
    const { html } = await served();
    expect(html).toMatch(/name="fairline-session" content="[\w-]+\.[\w-]+"/);
    const script = /<script\b[^>]*\bsrc="\.\/([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^assets\/.+\.js$/);
    // The body is read to the end: an unread stream keeps the connection open and the server from closing.
    const bundle = await fetch(`${world.url}/${script}`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(0);
  });
});
