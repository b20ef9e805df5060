/**
 * The stored form of a learned model's integer weights: one printable character for each small weight, three for a
 * large one. The sidebar downloads every model, and a JSON list of numbers ("-8,-13,21,") costs a third more after
 * gzip than this string. Lossless for every integer of magnitude up to 4,140.
 */

// 91 characters that need no escaping in JSON or in a JavaScript string: '#' to '~' without the backslash.
const ALPHABET = Array.from({ length: 92 }, (_, k) => String.fromCharCode(35 + k)).filter((ch) => ch !== '\\');
const BASE = ALPHABET.length;
const INDEX = new Map(ALPHABET.map((ch, k) => [ch, k]));
/** Weights from -SMALL to SMALL take one character. */
const SMALL = (BASE - 1) / 2;
/** Before a large weight: its value plus LARGE_OFFSET follows in two characters. */
const ESCAPE = '!';
const LARGE_OFFSET = Math.floor((BASE * BASE) / 2);

/**
 * @example encodeWeights([-8, 0, 120]) // 'HP!Qn'
 */
export function encodeWeights(values: readonly number[]): string {
  return values
    .map((value) => {
      if (!Number.isInteger(value)) throw new Error(`A stored weight must be an integer: ${value}`);
      if (Math.abs(value) <= SMALL) return ALPHABET[value + SMALL]!;
      const shifted = value + LARGE_OFFSET;
      if (shifted < 0 || shifted >= BASE * BASE) throw new Error(`A stored weight is too large: ${value}`);
      return ESCAPE + ALPHABET[Math.floor(shifted / BASE)]! + ALPHABET[shifted % BASE]!;
    })
    .join('');
}

/**
 * The weights `encodeWeights` stored, in order.
 * @example decodeWeights(encodeWeights([-8, 0, 120])) // [-8, 0, 120]
 */
export function decodeWeights(stored: string): number[] {
  const values: number[] = [];
  const digit = (at: number) => {
    const k = INDEX.get(stored[at] ?? '');
    if (k === undefined) throw new Error(`The stored weights hold an unknown character at ${at}`);
    return k;
  };
  for (let at = 0; at < stored.length; at++) {
    if (stored[at] !== ESCAPE) values.push(digit(at) - SMALL);
    else {
      values.push(digit(at + 1) * BASE + digit(at + 2) - LARGE_OFFSET);
      at += 2;
    }
  }
  return values;
}
