/**
 * Text normalisation that remembers where every character came from, so a match in the normalised text
 * can be reported as a span of the original (SPEC §4).
 */
export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the original range it came from. */
  starts: Int32Array;
  ends: Int32Array;
}

export interface NormaliseOptions {
  /** Read leetspeak inside Latin words (`$ue` → `sue`, `l4wyer` → `lawyer`). Off for Franco-Arabic, where digits are letters. */
  deleet: boolean;
}

const INVISIBLE = /[\u00ad\u061c\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const MARK = /\p{M}/u;
const SPACE = /\s/;
const LETTER = /\p{L}/u;

/** Letters that look Latin but are not, and the Arabic letter variants SPEC §4 folds. */
const FOLD: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ӏ: 'l', ɡ: 'g', ο: 'o', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v',
  ρ: 'p', τ: 't', υ: 'u', χ: 'x', ß: 'ss',
  ٱ: 'ا', ى: 'ي', ة: 'ه', ک: 'ك', ی: 'ي', ې: 'ي', ہ: 'ه', ۀ: 'ه',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"',
};

const LEET: Readonly<Record<string, string>> = { $: 's', '@': 'a', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '!': 'i', '|': 'l' };

/** Folds one non-ASCII code point: NFKC, lower case, marks dropped, look-alikes and variants folded. */
function foldCodePoint(ch: string): string {
  if (SPACE.test(ch)) return ' ';
  if (INVISIBLE.test(ch) || MARK.test(ch)) return '';
  let out = '';
  for (const part of ch.normalize('NFKC').toLowerCase().normalize('NFD')) {
    if (MARK.test(part) || INVISIBLE.test(part)) continue;
    out += FOLD[part] ?? part;
  }
  return out;
}

const isAsciiLetter = (code: number) => code >= 97 && code <= 122;

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
    return { text: fromCharCodes(this.codes, this.length), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
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

/**
 * Normalises `text` between `from` and `to`, mapping every character back to original offsets.
 * @example normalise('Ｓ.U.E  you', { deleet: false }).text // 'sue you'
 */
export function normalise(text: string, options: NormaliseOptions, from = 0, to = text.length): NormalisedText {
  const out = new Squeezer(to - from);
  const cache = new Map<number, string>();
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      out.push(code === 9 || code === 10 || code === 13 || code === 12 || code === 11 ? 32 : lower, i, i + 1, isAsciiLetter(lower));
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    let folded = cache.get(cp);
    if (folded === undefined) {
      folded = foldCodePoint(String.fromCodePoint(cp));
      cache.set(cp, folded);
    }
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      out.push(unit, i, i + width, unit < 0x80 ? isAsciiLetter(unit) : LETTER.test(folded[k] ?? ''));
    }
    i += width;
  }
  const base = joinSpelledOut(out.result());
  return options.deleet ? readLeetspeak(base) : base;
}

/** Keeps the characters `keep` selects, each optionally replaced, with their origins. */
function select(source: NormalisedText, keep: Uint8Array | null, replace: Map<number, string> | null): NormalisedText {
  const { text } = source;
  const out = new Collector(text.length);
  for (let k = 0; k < text.length; k++) {
    if (keep && keep[k] === 0) continue;
    const replacement = replace?.get(k);
    out.add(replacement === undefined ? text.charCodeAt(k) : replacement.charCodeAt(0), source.starts[k] ?? 0, source.ends[k] ?? 0);
  }
  return out.result();
}

// Three or more single letters with the same separator between each: "l a w y e r", "s.u.e", "ق ا ض ي".
// The same separator, so that "a c-h-a-r-g-e-b-a-c-k" keeps its article apart.
const SPELLED_OUT = /(?<![\p{L}\p{N}])\p{L}([ .\-_·*/])(?:\p{L}\1)+\p{L}(?![\p{L}\p{N}])/gu;

function joinSpelledOut(source: NormalisedText): NormalisedText {
  let keep: Uint8Array | null = null;
  for (const m of source.text.matchAll(SPELLED_OUT)) {
    keep ??= new Uint8Array(source.text.length).fill(1);
    for (let k = m.index + 1; k < m.index + m[0].length; k += 2) keep[k] = 0;
  }
  return keep ? select(source, keep, null) : source;
}

const LEET_CHAR = /[$@0134579!|]/;
const TRAILING_PUNCTUATION = new Set(['!', '.', ',', '?', '|']);
const WORD_SEPARATORS = new Set([' ', '-', '/']);
// "14k", "2tb", "3rd", "10am": a number with its unit, not leetspeak.
const NUMBER_WITH_UNIT = /^\d[\d,.]*[a-z]{1,3}$/;

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
