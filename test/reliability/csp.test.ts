import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtApp, ROOT } from './builtApp';

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/i;

function policyOf(html: string): Map<string, string[]> {
  const content = META.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const emptyStringHash = `'sha256-${createHash('sha256').update('').digest('base64')}'`;

describe.each([
  ['the built page', () => builtApp().page],
  ['the source page', () => readFileSync(join(ROOT, 'src', 'index.html'), 'utf8')],
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
    const markup = html.replace(/<!--[\s\S]*?-->/g, '');
    const inlineScripts = [...markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && body!.trim() !== '');
    expect(inlineScripts).toEqual([]);
    expect(markup).not.toMatch(/<style\b/i);
    expect(markup).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });
});
