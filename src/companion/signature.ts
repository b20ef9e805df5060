import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_PARAM = 'X-HelpScout-Signature';

/** Help Scout's signature: base64 of HMAC-SHA1 over the payload with the app's secret key. */
export function sign(payload: string, secret: string): string {
  return createHmac('sha1', secret).update(payload, 'utf8').digest('base64');
}

/** Compares in constant time; hashing both sides first hides the length of the expected value too. */
export function sameSignature(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** PHP's json_encode, which Help Scout's own example checks against: `/` and non-ASCII characters are escaped. */
function phpJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The app page's request is signed in its query: the signature parameter covers the JSON of the other
 * parameters, in the order they came. Both JSON spellings are tried, each compared in constant time.
 * Returns exactly the parameters the signature covered, or null. A repeated parameter is refused outright:
 * the JSON object keeps one copy of it while a reader of the query may take another, so the ids the session is
 * bound to could differ from the ids that were signed.
 */
export function verifiedQuery(search: URLSearchParams, secret: string): Readonly<Record<string, string>> | null {
  if (secret === '') return null;
  const signed: Record<string, string> = {};
  let given: string | null = null;
  const seen = new Set<string>();
  for (const [key, value] of search) {
    if (seen.has(key)) return null;
    seen.add(key);
    if (key === SIGNATURE_PARAM) given = value;
    else signed[key] = value;
  }
  if (!given) return null;
  const signature = given;
  const results = [JSON.stringify(signed), phpJson(signed)].map((payload) => sameSignature(signature, sign(payload, secret)));
  return results.some(Boolean) ? signed : null;
}

/** A request signed in the `X-HelpScout-Signature` header over its raw body (Help Scout's POST callbacks). */
export function verifyBody(rawBody: string, header: string | undefined, secret: string): boolean {
  if (!header || secret === '') return false;
  return sameSignature(header, sign(rawBody, secret));
}
