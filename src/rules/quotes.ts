/** Finds the parts of an e-mail body the customer wrote now, leaving out quoted earlier mail. */

export interface Segment {
  start: number;
  end: number;
}

// A reply header has the shape mail clients write: "On Mon, 3 Oct 2026, Support <s@x.com> wrote:" on a line of its
// own (or wrapped onto a second), with a date, a time or an address in it; Arabic "في ١٠ نوفمبر ٢٠٢٦، كتب فريق الدعم:".
// "On Friday your agent wrote: refund in 3 days" is the customer's own sentence, not a header.
const REPLY_HEADERS = /^[ \t]*(?:on\s[^\n]{0,300}?(?:\n[^\n]{0,200}?)?\swrote:|في\s[^\n]{0,200}?(?:\n[^\n]{0,120}?)?\sكتبت?(?:\s[^\n]{0,80}?)?:)[ \t]*$/gimu;
const HEADER_DETAIL = /[\p{Nd}@<]/u;
// These start the earlier message itself, unquoted, to the end of the body.
const EARLIER_MESSAGE = /^[ \t]*(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|from:[^\n]+\n[ \t]*(?:sent|date):)/imu;
const QUOTED_LINE = /^[ \t]*>/;
const BLANK_LINE = /^\s*$/;

interface Line {
  start: number;
  end: number;
  quoted: boolean;
  blank: boolean;
}

function linesOf(body: string, limit: number): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < limit; ) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 || newline >= limit ? limit : newline + 1;
    const head = body.slice(start, Math.min(end, start + 200));
    lines.push({ start, end, quoted: QUOTED_LINE.test(head), blank: BLANK_LINE.test(head) });
    start = end;
  }
  return lines;
}

/** The reply headers of `body`, as [start, end) offsets, that have a date, a time or an address in them. */
function replyHeaders(body: string): Segment[] {
  const headers: Segment[] = [];
  // exec, not matchAll: matchAll clones the expression, and a clone is compiled again for every comment.
  REPLY_HEADERS.lastIndex = 0;
  for (let match = REPLY_HEADERS.exec(body); match !== null; match = REPLY_HEADERS.exec(body)) {
    if (match[0].length === 0) REPLY_HEADERS.lastIndex++;
    else if (HEADER_DETAIL.test(match[0])) headers.push({ start: match.index, end: match.index + match[0].length });
  }
  return headers;
}

/** The end of the block of quoted lines that starts at line `k` (blank lines inside the block belong to it). */
function quoteBlockEnd(lines: readonly Line[], k: number): number {
  let last = k;
  for (let j = k; j < lines.length && (lines[j]!.quoted || lines[j]!.blank); j++) if (lines[j]!.quoted) last = j;
  return last + 1;
}

/**
 * The customer's own text as segments of `body`. Left out: a reply header with the quoted block under it (text after the
 * block is the customer's again, as in a reply written below the quote); a header or an "Original Message" line
 * followed by unquoted text, to the end (the earlier message itself); and blocks of two or more `>` lines. One `>`
 * line on its own, with no header, is the customer's.
 * @example customerSegments('Thanks!\n> old text\n> more') // [{ start: 0, end: 8 }]
 */
export function customerSegments(body: string): Segment[] {
  const earlier = EARLIER_MESSAGE.exec(body);
  const lines = linesOf(body, earlier ? earlier.index : body.length);
  const headers = replyHeaders(body);
  const kept: boolean[] = lines.map(() => true);
  let k = 0;
  let h = 0;
  while (k < lines.length) {
    const line = lines[k]!;
    while (h < headers.length && headers[h]!.start < line.start) h++;
    const header = h < headers.length && headers[h]!.start < line.end ? headers[h] : undefined;
    if (header) {
      let next = k;
      while (next < lines.length && lines[next]!.start < header.end) next++;
      while (next < lines.length && lines[next]!.blank) next++;
      // A header with no quote under it starts the earlier message, unquoted: everything from it on is left out.
      const end = next < lines.length && lines[next]!.quoted ? quoteBlockEnd(lines, next) : lines.length;
      for (let j = k; j < end; j++) kept[j] = false;
      k = end;
    } else if (line.quoted) {
      const end = quoteBlockEnd(lines, k);
      const quotedLines = lines.slice(k, end).filter((l) => l.quoted).length;
      if (quotedLines >= 2) for (let j = k; j < end; j++) kept[j] = false;
      k = end;
    } else k++;
  }
  const segments: Segment[] = [];
  lines.forEach((line, j) => {
    if (!kept[j]) return;
    const last = segments[segments.length - 1];
    if (last && last.end === line.start) last.end = line.end;
    else segments.push({ start: line.start, end: line.end });
  });
  return segments;
}
