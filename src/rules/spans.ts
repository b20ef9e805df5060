/** The stretches of a text a lexicon reads: whole sentences that hold its script. */
import { fromCharCodes } from './normalise';

/** A full stop that ends a sentence (. ! ? ؟ or a line break); the point in "£6.99" does not. */
export function isStop(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code !== 46 && code !== 33 && code !== 63 && code !== 0x61f && code !== 10) return false;
  const next = text.charCodeAt(k + 1);
  return !(next >= 48 && next <= 57);
}

/** A stretch of a text one lexicon reads, as the string its expressions run on. */
export interface Span {
  from: number;
  text: string;
}

/**
 * The spans of `text` a lexicon whose script is `script` reads, each as a one-byte string where it can be.
 * @example readableSpans('مرحبا. i will sue you.', /[a-z]/g) // [{ from: 6, text: ' i will sue you.' }]
 */
export function readableSpans(text: string, script: RegExp): Span[] {
  const bounds = scriptSpans(text, script);
  const wide = WIDE.test(text);
  const spans: Span[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    // A sentence starts at a boundary and ends at a stop, so the slice keeps the word boundaries of the whole text.
    let span = from === 0 && to === text.length ? text : text.slice(from, to);
    if (wide && !WIDE.test(span)) span = narrow(span);
    spans.push({ from, text: span });
  }
  return spans;
}

/** A character V8 cannot store in one byte. */
const WIDE = /[^\0-\xff]/;

/**
 * A copy of a Latin-1 string that V8 stores one byte per character. A slice of a text that also holds Arabic is stored
 * two bytes per character, and the expressions run about three times slower on it than on the same English sentence
 * stored narrow.
 */
function narrow(span: string): string {
  const codes = new Uint16Array(span.length);
  for (let k = 0; k < span.length; k++) codes[k] = span.charCodeAt(k);
  return fromCharCodes(codes);
}

/**
 * The stretches of whole sentences that hold the lexicon's script, as [start, end) pairs: in a message that mixes
 * English and Arabic, each lexicon reads only its own sentences. The search jumps from one character of the script
 * to the next, so a sentence without one costs a single look.
 */
function scriptSpans(text: string, script: RegExp): number[] {
  const spans: number[] = [];
  let from = 0;
  while (from < text.length) {
    script.lastIndex = from;
    const hit = script.exec(text);
    if (hit === null) break;
    let start = hit.index;
    while (start > from && !isStop(text, start - 1)) start--;
    let end = hit.index;
    while (end < text.length && !isStop(text, end)) end++;
    end = Math.min(end + 1, text.length);
    if (spans.at(-1) === start) spans[spans.length - 1] = end;
    else spans.push(start, end);
    from = end;
  }
  return spans;
}

