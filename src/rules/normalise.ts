/**
 * Text normalisation that remembers where every character came from, so a match in the normalised text
 * can be reported as a span of the original (SPEC §4).
 */
export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the original range it came from. */
  starts: number[];
  ends: number[];
}

export interface NormaliseOptions {
  /** Read leetspeak inside Latin words (`$ue` → `sue`, `l4wyer` → `lawyer`). Off for Franco-Arabic, where digits are letters. */
  deleet: boolean;
}

const INVISIBLE = /[\u00ad\u061c\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const MARK = /\p{M}/u;
const SPACE = /\s/;

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

/** Folds one code point: NFKC, lower case, marks dropped, look-alikes and variants folded. */
function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (INVISIBLE.test(ch) || MARK.test(ch)) return '';
  let out = '';
  for (const part of ch.normalize('NFKC').toLowerCase().normalize('NFD')) {
    if (MARK.test(part) || INVISIBLE.test(part)) continue;
    out += FOLD[part] ?? part;
  }
  return out;
}

/**
 * Normalises `text` between `from` and `to` and appends it to `into`, mapping back to original offsets.
 * @example normalise('Ｓ.U.E  you').text // 'sue you'
 */
export function normalise(text: string, options: NormaliseOptions, from = 0, to = text.length): NormalisedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const cache = new Map<string, string>();
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    let folded = cache.get(ch);
    if (folded === undefined) {
      folded = SPACE.test(ch) ? ' ' : foldCodePoint(ch);
      cache.set(ch, folded);
    }
    for (const unit of folded) {
      const last = chars.length - 1;
      if (unit === ' ' && (last < 0 || chars[last] === ' ')) continue;
      chars.push(unit);
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  const base = { text: chars.join(''), starts, ends };
  const joined = joinSpelledOut(squeezeStretched(base));
  return options.deleet ? deleet(joined) : joined;
}

function select(source: NormalisedText, keep: (index: number) => boolean, replace?: (index: number) => string): NormalisedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < source.text.length; k++) {
    if (!keep(k)) continue;
    text += replace ? replace(k) : source.text[k];
    starts.push(source.starts[k] ?? 0);
    ends.push(source.ends[k] ?? 0);
  }
  return { text, starts, ends };
}

// A letter written three or more times in a row ("stuuupid", "حراااامي") reads as one.
const STRETCHED = /(\p{L})\1{2,}/gu;

function squeezeStretched(source: NormalisedText): NormalisedText {
  const drop = new Set<number>();
  for (const m of source.text.matchAll(STRETCHED)) {
    const last = m.index + m[0].length - 1;
    source.ends[m.index] = source.ends[last] ?? 0;
    for (let k = m.index + 1; k <= last; k++) drop.add(k);
  }
  return drop.size === 0 ? source : select(source, (k) => !drop.has(k));
}

// Three or more single letters with one separator between each: "l a w y e r", "s.u.e", "ق ا ض ي".
const SPELLED_OUT = /(?<![\p{L}\p{N}])(?:\p{L}[ .\-_·*/]){2,}\p{L}(?![\p{L}\p{N}])/gu;

function joinSpelledOut(source: NormalisedText): NormalisedText {
  const drop = new Set<number>();
  for (const m of source.text.matchAll(SPELLED_OUT)) {
    for (let k = m.index + 1; k < m.index + m[0].length; k += 2) drop.add(k);
  }
  return drop.size === 0 ? source : select(source, (k) => !drop.has(k));
}

// A run of non-space characters holding a Latin letter; inside it, digits and symbols may stand for letters.
const LATIN_WORD = /[^\s]*[a-z][^\s]*/g;

function deleet(source: NormalisedText): NormalisedText {
  const mapped = new Map<number, string>();
  for (const m of source.text.matchAll(LATIN_WORD)) {
    const word = m[0];
    // Trailing punctuation ("idiots!", "sue!") ends the word, it does not spell it.
    const core = word.replace(/[!.,?|]+$/, '');
    for (let k = 0; k < core.length; k++) {
      const letter = LEET[core[k] ?? ''];
      if (letter) mapped.set(m.index + k, letter);
    }
  }
  return mapped.size === 0 ? source : select(source, () => true, (k) => mapped.get(k) ?? source.text[k] ?? '');
}
