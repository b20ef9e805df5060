/** Finds the part of an e-mail body the customer wrote now, leaving out quoted earlier mail. */

export interface Segment {
  start: number;
  end: number;
}

// A reply header ends everything after it: "On Mon, 3 Oct 2026, Support <s@x.com> wrote:", "-----Original Message-----",
// Arabic "في ... كتب:". The header may wrap onto a second line.
const REPLY_HEADER = /^(?:on\s.{0,300}?\swrote:|-{2,}\s*original message\s*-{2,}|-{2,}\s*forwarded message\s*-{2,}|في\s[^\n]{0,200}?\sكتبت?\s?[^\n]{0,80}?:|from:\s.+\n\s*(?:sent|date):)/imu;
const QUOTED_LINE = /^[ \t]*>/;

/**
 * The customer's own text as segments of `body`: quoted `>` lines and everything from a reply header on are left out.
 * @example customerSegments('Thanks!\n> old text') // [{ start: 0, end: 8 }]
 */
export function customerSegments(body: string): Segment[] {
  const header = REPLY_HEADER.exec(body);
  const limit = header ? header.index : body.length;
  const segments: Segment[] = [];
  let lineStart = 0;
  while (lineStart < limit) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > limit ? limit : newline + 1;
    if (!QUOTED_LINE.test(body.slice(lineStart, Math.min(lineEnd, lineStart + 200)))) {
      const last = segments[segments.length - 1];
      if (last && last.end === lineStart) last.end = lineEnd;
      else segments.push({ start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd;
  }
  return segments;
}
