/**
 * Comment bodies reach ZAF as HTML. They become plain text in one pass over the markup: nothing is parsed into a
 * live DOM, so no markup from a customer can run or load anything, and every character is looked at a bounded number
 * of times (nested quotes, runs of `<` and unclosed comments included), so a hostile comment cannot stall the panel.
 * Quoted mail (`<blockquote>`) becomes `>` lines, one `>` per level, which the rules module strips.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
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

// Quotes nested deeper than this show this many '>': a line's prefix must not grow with the depth of hostile markup
// (50 000 nested quotes of one line each would be 2.5 billion characters of '>').
const QUOTE_LEVELS_SHOWN = 10;

/** One line of the text, and how deep in quoted mail it stands. */
interface Line {
  text: string;
  depth: number;
}

/** Lines of plain text, written as the markup is read. */
class Lines {
  readonly done: Line[] = [];
  private current: Line = { text: '', depth: 0 };
  private depth = 0;

  write(text: string): void {
    const parts = decodeEntities(text).split('\n');
    this.current.text += parts[0] ?? '';
    for (let k = 1; k < parts.length; k++) {
      this.newLine();
      this.current.text += parts[k] ?? '';
    }
  }

  newLine(): void {
    this.done.push(this.current);
    this.current = { text: '', depth: this.depth };
  }

  /** Enters or leaves a quote: the line break before it is the caller's; the line now begun takes the new depth. */
  quote(change: 1 | -1): void {
    this.depth = Math.max(0, this.depth + change);
    if (this.current.text === '') this.current.depth = this.depth;
  }

  /** The text, quoted lines prefixed; a blank line where a quote opens or closes is left out. */
  toString(): string {
    const lines = [...this.done, this.current];
    const out: string[] = [];
    lines.forEach((line, k) => {
      const blank = line.text.trim() === '';
      if (line.depth > 0 && blank && (lines[k - 1]?.depth !== line.depth || lines[k + 1]?.depth !== line.depth)) return;
      out.push(`${'> '.repeat(Math.min(line.depth, QUOTE_LEVELS_SHOWN))}${line.text}`.trimEnd());
    });
    return out.join('\n');
  }
}

// Elements whose content is never text.
const RAW_TEXT = new Set(['script', 'style', 'template']);
const LINE_AFTER = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'pre']);
const TAG = /<(\/?)([a-z][a-z0-9-]*)/iy;

/**
 * Plain text of a comment's HTML.
 * @example htmlToText('<p>Hi &amp; bye</p>') // 'Hi & bye'
 */
export function htmlToText(html: string): string {
  const lines = new Lines();
  // A lower-case copy to find a raw-text element's end in, made only when the markup has one.
  let lower: string | null = null;
  let i = 0;
  // Where the next '>' is: found once and reused, so a run of '<' without one is not searched again for each '<'.
  let nextGt = -2;
  const gtFrom = (at: number) => {
    if (nextGt !== -1 && nextGt < at) nextGt = html.indexOf('>', at);
    return nextGt;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      lines.write(html.slice(i));
      break;
    }
    lines.write(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      // An unclosed comment hides the rest, as it does in the browser that shows the ticket.
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    const gt = gtFrom(lt);
    const isMarkup = tag !== null || html[lt + 1] === '!' || html[lt + 1] === '?';
    if (!isMarkup || gt < 0) {
      // A '<' that opens no tag is text: "a < b", "<<<".
      lines.write('<');
      i = lt + 1;
      continue;
    }
    i = gt + 1;
    if (tag === null) continue;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (!closing && RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, i);
      const endGt = end < 0 ? -1 : html.indexOf('>', end);
      i = endGt < 0 ? html.length : endGt + 1;
    } else if (name === 'br') {
      lines.newLine();
    } else if (name === 'blockquote') {
      lines.newLine();
      lines.quote(closing ? -1 : 1);
    } else if (closing && LINE_AFTER.has(name)) {
      lines.newLine();
    } else if (!closing && name === 'li') {
      lines.write('- ');
    }
  }
  return lines
    .toString()
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
