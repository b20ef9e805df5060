import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const SLOT = '<meta name="fairline-session" content="">';

/** The built app page with the session token in its meta slot; read per request so a rebuild needs no restart. */
export async function pageWithToken(appDir: string, token: string): Promise<string | null> {
  const html = await readFile(join(appDir, 'index.html'), 'utf8').catch(() => null);
  if (html === null || !html.includes(SLOT)) return null;
  // The token is base64url and a dot: nothing in it needs escaping in an attribute.
  return html.replace(SLOT, `<meta name="fairline-session" content="${token}">`);
}

/** styled-components (Garden) adds empty <style> tags and fills them through CSSOM; CSP still checks the empty text. */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The page's Content-Security-Policy, sent as a header so that frame-ancestors counts (a meta tag cannot set it).
 * Everything is denied unless named: the bundle, its stylesheet, Garden's data: icons, and calls to this server.
 * The Help Scout SDK talks to its parent through postMessage, which CSP does not govern.
 */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

export function pageHeaders(frameAncestors: readonly string[]): Record<string, string> {
  return {
    'cache-control': 'no-store',
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': contentSecurityPolicy(frameAncestors),
    // The page's URL carries Help Scout's signature; it must not travel on in a Referer header.
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  };
}
