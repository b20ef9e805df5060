/**
 * Comment bodies reach ZAF as HTML. They become plain text by string rules alone: nothing is parsed into a live
 * DOM, so no markup from a customer can run or load anything. Quoted mail (`<blockquote>`) becomes `>` lines,
 * which the rules module strips.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8}|#39);/gi, (whole, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeCodePoint(Number.parseInt(lower.slice(1), 10)) ?? whole;
    return NAMED[lower] ?? whole;
  });
}

function safeCodePoint(n: number): string | null {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : null;
}

function quoteBlocks(html: string): string {
  // Innermost blockquotes first, so nested quotes get one `>` per level.
  let previous = '';
  let current = html;
  while (current !== previous) {
    previous = current;
    current = current.replace(/<blockquote\b[^>]*>((?:(?!<blockquote\b)[\s\S])*?)<\/blockquote\s*>/gi, (_, inner: string) => {
      const text = toLines(inner).trim();
      return `\n${text.split('\n').map((line) => `> ${line}`).join('\n')}\n`;
    });
  }
  return current;
}

function toLines(html: string): string {
  return html
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|pre)\s*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '');
}

/** Plain text of a comment's HTML. @example htmlToText('<p>Hi &amp; bye</p>') // 'Hi & bye' */
export function htmlToText(html: string): string {
  const text = decodeEntities(toLines(quoteBlocks(html)));
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
