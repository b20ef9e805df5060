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
