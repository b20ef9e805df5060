/**
 * Text normalisation that remembers where every character came from, so a match in the normalised text
 * can be reported as a span of the original (SPEC §4).
 */
import { LATIN_LOOK_ALIKES } from './data/confusables';

export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the original range it came from. */
  starts: Int32Array;
  ends: Int32Array;
  /** Set when some text was put back in reading order (a bidi override): origins then need not rise. */
  reordered?: true;
}

/**
 * The original range of the normalised units `from` up to `to`.
 * @example originalSpan(normalise('I ＳＵＥ', { deleet: false }), 2, 5) // [2, 5]
 */
export function originalSpan(source: NormalisedText, from: number, to: number): [number, number] {
  let start = source.starts[from] ?? 0;
  let end = source.ends[to - 1] ?? start;
  if (source.reordered) {
    for (let k = from; k < to; k++) {
      start = Math.min(start, source.starts[k] ?? start);
      end = Math.max(end, source.ends[k] ?? end);
    }
  }
  return [start, end];
}

export interface NormaliseOptions {
  /**
   * The Latin lexicon's reading: leetspeak inside Latin words (`$ue` → `sue`, `l4wyer` → `lawyer`) and doubled letters
   * English never doubles (`suue` → `sue`). Off for Franco-Arabic, where digits are letters.
   */
  deleet: boolean;
}

// Characters that show nothing: Unicode's default-ignorables (zero-width, bidi controls, variation selectors, tag
// characters, Hangul fillers), format characters and controls. Two more that are none of these: the Arabic tatweel
// (U+0640), which only stretches a word, and the braille blank (U+2800), which shows as nothing without braille fonts.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\u0640\u2800]/u;
const MARK = /\p{M}/u;
// White space, which tab and line breaks are although they are controls; U+FEFF, which \s counts, is invisible.
const SPACE = /(?!\ufeff)\s/;
const LETTER = /\p{L}/u;

/** Arabic letter variants SPEC §4 folds, Arabic-Indic digits, typographic quotes. */
const FOLD: Readonly<Record<string, string>> = {
  ß: 'ss',
  ٱ: 'ا', ى: 'ي', ة: 'ه', ک: 'ك', ی: 'ي', ې: 'ي', ہ: 'ه', ۀ: 'ه',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"',
};

/** Letters of other scripts that read as Latin ones (Cyrillic а, Armenian օ, Cherokee ꮪ, small capital ᴛ). */
const LOOK_ALIKE: ReadonlyMap<string, string> = new Map(
  Object.entries(LATIN_LOOK_ALIKES).flatMap(([letter, chars]) => [...chars].map((ch) => [ch, letter] as const)),
);

const LEET: Readonly<Record<string, string>> = { $: 's', '@': 'a', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '!': 'i', '|': 'l' };

/** Folds one non-ASCII code point: NFKC, lower case, marks dropped, look-alikes and variants folded. */
function foldCodePoint(ch: string): string {
  if (SPACE.test(ch)) return ' ';
  if (INVISIBLE.test(ch) || MARK.test(ch)) return '';
  let out = '';
  for (const part of ch.normalize('NFKC').toLowerCase().normalize('NFD')) {
    if (MARK.test(part) || INVISIBLE.test(part)) continue;
    out += FOLD[part] ?? LOOK_ALIKE.get(part) ?? part;
  }
  return out;
}

const isAsciiLetter = (code: number) => code >= 97 && code <= 122;

// A memo, not state: a code point always folds the same way. Folding (NFKC, NFD, look-ups) is the costly part of
// reading Arabic, and the same few hundred letters recur in every text; the bound keeps a text of every code point
// from growing it without end.
const FOLDED = new Map<number, string>();
const FOLDED_LIMIT = 20_000;

/**
 * The string of `length` UTF-16 codes. Built in chunks: a spread of a very long argument list overflows the stack.
 * V8 stores the result one byte per character when every code fits in one.
 */
export function fromCharCodes(codes: Uint16Array, length = codes.length): string {
  let text = '';
  // apply takes the typed array as it is; a spread would walk it through the iterator protocol.
  for (let k = 0; k < length; k += 8192) text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(k + 8192, length)) as unknown as number[]);
  return text;
}

/** Output characters with their origins, in typed arrays that grow by doubling. */
class Collector {
  length = 0;
  reordered = false;
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity + 16);
    this.starts = new Int32Array(capacity + 16);
    this.ends = new Int32Array(capacity + 16);
  }

  add(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    Object.assign(this, { codes, starts, ends });
  }

  result(): NormalisedText {
    const result: NormalisedText = { text: fromCharCodes(this.codes, this.length), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
    if (this.reordered) result.reordered = true;
    return result;
  }
}

/** Folds white space runs to one space and squeezes a letter stretched three or more times ("stuuupid") to one. */
class Squeezer extends Collector {
  private runCode = -1;
  private runLength = 0;

  push(code: number, start: number, end: number, letter: boolean): void {
    const last = this.length - 1;
    if (code === 32 && (last < 0 || this.codes[last] === 32)) return;
    if (letter && code === this.runCode) {
      this.runLength++;
      if (this.runLength >= 3) {
        if (this.runLength === 3) this.length--;
        this.ends[this.length - 1] = end;
        return;
      }
    } else {
      this.runCode = letter ? code : -1;
      this.runLength = 1;
    }
    this.add(code, start, end);
  }
}

const RIGHT_TO_LEFT_OVERRIDE = 0x202e;
const LEFT_TO_RIGHT_OVERRIDE = 0x202d;
const POP_DIRECTIONAL_FORMATTING = 0x202c;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** A code point of the original text and where it stands. */
interface Point {
  cp: number;
  at: number;
  width: number;
}

// An override this long is no disguised word: past it, text is read in its own order (which also bounds the work
// an unclosed override in a huge comment can cause).
const OVERRIDE_REACH = 1000;

/** The end of a bidi override opened at `at`: its closing PDF, the next override, the end of the line, or its reach. */
function overrideEnd(text: string, at: number, to: number): number {
  const limit = Math.min(to, at + 1 + OVERRIDE_REACH);
  for (let k = at + 1; k < limit; k++) {
    const code = text.charCodeAt(k);
    if (code === POP_DIRECTIONAL_FORMATTING || code === RIGHT_TO_LEFT_OVERRIDE || code === LEFT_TO_RIGHT_OVERRIDE || code === 10 || code === 13) return k;
  }
  return limit;
}

/**
 * The code points of an override in the order a reader reads them. A right-to-left override shows Latin letters
 * backwards ("\u202Eeus" shows as "sue"), a left-to-right one does the same to Arabic: each run of characters not of
 * the override's own direction is reversed.
 */
function readingOrder(points: Point[], rightToLeft: boolean): Point[] {
  const ownDirection = (p: Point) => {
    const ch = String.fromCodePoint(p.cp);
    return rightToLeft ? RIGHT_TO_LEFT.test(ch) : LETTER.test(ch) && !RIGHT_TO_LEFT.test(ch);
  };
  const ordered: Point[] = [];
  let runStart = 0;
  const reverseRun = (end: number) => {
    for (let k = end - 1; k >= runStart; k--) ordered.push(points[k]!);
  };
  points.forEach((point, k) => {
    if (!ownDirection(point)) return;
    reverseRun(k);
    ordered.push(point);
    runStart = k + 1;
  });
  reverseRun(points.length);
  return ordered;
}

/**
 * Normalises `text` between `from` and `to`, mapping every character back to original offsets.
 * @example normalise('Ｓ.U.E  you', { deleet: false }).text // 'sue you'
 */
export function normalise(text: string, options: NormaliseOptions, from = 0, to = text.length): NormalisedText {
  const out = new Squeezer(to - from);
  const pushFolded = (cp: number, at: number, width: number) => {
    let folded = FOLDED.get(cp);
    if (folded === undefined) {
      folded = foldCodePoint(String.fromCodePoint(cp));
      if (FOLDED.size < FOLDED_LIMIT) FOLDED.set(cp, folded);
    }
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      out.push(unit, at, at + width, unit < 0x80 ? isAsciiLetter(unit) : LETTER.test(folded[k] ?? ''));
    }
  };
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // Control characters show nothing; tab, line breaks and form feed are white space.
      if ((code < 32 && (code < 9 || code > 13)) || code === 127) {
        i++;
        continue;
      }
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      out.push(code >= 9 && code <= 13 ? 32 : lower, i, i + 1, isAsciiLetter(lower));
      i++;
      continue;
    }
    if (code === RIGHT_TO_LEFT_OVERRIDE || code === LEFT_TO_RIGHT_OVERRIDE) {
      const end = overrideEnd(text, i, to);
      const points: Point[] = [];
      for (let k = i + 1; k < end; ) {
        const cp = text.codePointAt(k) ?? 0;
        const width = cp > 0xffff ? 2 : 1;
        points.push({ cp, at: k, width });
        k += width;
      }
      for (const { cp, at, width } of readingOrder(points, code === RIGHT_TO_LEFT_OVERRIDE)) pushFolded(cp, at, width);
      out.reordered ||= points.length > 1;
      i = end;
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    pushFolded(cp, i, width);
    i += width;
  }
  const base = joinSpelledOut(joinArabicSplits(out.result(), text));
  return options.deleet ? readLatinDisguises(base) : base;
}

/** Keeps the characters `keep` selects, each optionally replaced, with their origins. */
function select(source: NormalisedText, keep: Uint8Array | null, replace: Map<number, string> | null): NormalisedText {
  const { text } = source;
  const out = new Collector(text.length);
  out.reordered = source.reordered === true;
  for (let k = 0; k < text.length; k++) {
    if (keep && keep[k] === 0) continue;
    const replacement = replace?.get(k);
    out.add(replacement === undefined ? text.charCodeAt(k) : replacement.charCodeAt(0), source.starts[k] ?? 0, source.ends[k] ?? 0);
  }
  return out.result();
}

// Three or more single letters with the same separator between each: "l a w y e r", "s.u.e", "s. u. e", "s+u+e",
// "ق ا ض ي", and with the Arabic article joined to its first letter: "الم.ح.ا.م.ي", "للم ح ك م ة". The same separator,
// so that "a c-h-a-r-g-e-b-a-c-k" keeps its article apart.
const SPELLED_OUT = /(?<![\p{L}\p{N}])(?:ال|لل)?\p{L}(\. |, |[ .,\-_·*/+~])(?:\p{L}\1)+\p{L}(?![\p{L}\p{N}])/gu;
const SEPARATOR = /[ .,\-_·*/+~]/;

function joinSpelledOut(source: NormalisedText): NormalisedText {
  let keep: Uint8Array | null = null;
  // exec, not matchAll: matchAll clones the expression, and the clone of a Unicode property expression is compiled
  // again on every call (it was most of the cost of normalising a short reply).
  SPELLED_OUT.lastIndex = 0;
  for (let m = SPELLED_OUT.exec(source.text); m !== null; m = SPELLED_OUT.exec(source.text)) {
    keep ??= new Uint8Array(source.text.length).fill(1);
    for (let k = m.index; k < m.index + m[0].length; k++) if (SEPARATOR.test(source.text[k] ?? '')) keep[k] = 0;
  }
  return keep ? select(source, keep, null) : source;
}

// A hyphen, underscore or dot splitting an Arabic word: "محا-مي", "تشـ.ـارج". A dot counts only beside a kashida
// (ـ), since "شكرا.الطلب وصل" is a full stop typed without its space.
const ARABIC_SPLIT = /(?<=[\u0621-\u064a])[.\-_·](?=[\u0621-\u064a])/g;
const KASHIDA = 'ـ';

function joinArabicSplits(source: NormalisedText, original: string): NormalisedText {
  let keep: Uint8Array | null = null;
  ARABIC_SPLIT.lastIndex = 0;
  for (let m = ARABIC_SPLIT.exec(source.text); m !== null; m = ARABIC_SPLIT.exec(source.text)) {
    const k = m.index;
    const beside = original[(source.starts[k] ?? 0) - 1] === KASHIDA || original[source.ends[k] ?? 0] === KASHIDA;
    if (m[0] !== '.' || beside) (keep ??= new Uint8Array(source.text.length).fill(1))[k] = 0;
  }
  return keep ? select(source, keep, null) : source;
}

const LEET_CHAR = /[$@0134579!|]/;
const TRAILING_PUNCTUATION = new Set(['!', '.', ',', '?', '|']);
const WORD_SEPARATORS = new Set([' ', '-', '/']);
// "14k", "2tb", "3rd", "10am": a number with its unit, not leetspeak. A lone digit before letters that are no unit
// is a letter: "5ue", "1diot".
const NUMBER_WITH_UNIT = /^(?:\d[\d,.]+[a-z]{1,3}|\d(?:k|m|bn?|kg|g|gb|mb|tb|kb|st|nd|rd|th|am|pm|km|cm|mm|ml|l|lbs?|oz|ft|in|x|p|hz|w|v|d|h|hrs?|yrs?|mins?|mos?|s|pcs?|mp|ah))$/;

/**
 * The leetspeak reading of an already normalised text: inside a word that holds a Latin letter, digits and symbols
 * stand for letters (`$ue` → `sue`, `l4wyer` → `lawyer`); numbers alone stay numbers.
 * @example readLeetspeak(normalise('$ue', { deleet: false })).text // 'sue'
 */
export function readLeetspeak(source: NormalisedText): NormalisedText {
  const { text } = source;
  if (!LEET_CHAR.test(text)) return source;
  const mapped = new Map<number, string>();
  let wordStart = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && !WORD_SEPARATORS.has(text[k] ?? '')) continue;
    // Trailing punctuation ("idiots!", "sue!") ends the word, it does not spell it.
    let end = k;
    while (end > wordStart && TRAILING_PUNCTUATION.has(text[end - 1] ?? '')) end--;
    let hasLetter = false;
    for (let j = wordStart; j < end && !hasLetter; j++) hasLetter = isAsciiLetter(text.charCodeAt(j));
    if (hasLetter && NUMBER_WITH_UNIT.test(text.slice(wordStart, end))) hasLetter = false;
    for (let j = wordStart; hasLetter && j < end; j++) {
      const letter = LEET[text[j] ?? ''];
      if (letter) mapped.set(j, letter);
    }
    wordStart = k + 1;
  }
  return mapped.size === 0 ? source : select(source, null, mapped);
}

// Letters English spelling almost never doubles: "suue", "idiiot", "scaam" are disguises. The common doubles (ee, oo,
// ll, ss, tt, …) are spelling ("sorry", "good") and stay; test/rules/lexicon-data.test.ts checks no English lexicon
// pattern holds one of these doubles, since it could no longer match.
export const RARE_DOUBLES = 'aiuhjkqwxy';
const RARE_DOUBLE_CODES = new Set([...RARE_DOUBLES].map((ch) => ch.charCodeAt(0)));

/**
 * An already normalised text with a rare doubled letter read as one.
 * @example readRareDoubles(normalise('suue', { deleet: false })).text // 'sue'
 */
export function readRareDoubles(source: NormalisedText): NormalisedText {
  const { text } = source;
  let keep: Uint8Array | null = null;
  for (let k = 1; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code !== text.charCodeAt(k - 1) || !RARE_DOUBLE_CODES.has(code)) continue;
    keep ??= new Uint8Array(text.length).fill(1);
    keep[k] = 0;
  }
  return keep ? select(source, keep, null) : source;
}

/**
 * The reading the Latin lexicon matches: leetspeak read, rare doubled letters read as one.
 * @example readLatinDisguises(normalise('$uue', { deleet: false })).text // 'sue'
 */
export const readLatinDisguises = (source: NormalisedText): NormalisedText => readRareDoubles(readLeetspeak(source));
