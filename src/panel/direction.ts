export type Direction = 'ltr' | 'rtl';

const LETTER = /\p{L}/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * The direction of a text from its first letter, as `dir="auto"` finds it; `fallback` when it has no letters.
 * @example textDirection('Hi, مرحبا', 'rtl') // 'ltr'
 */
export function textDirection(text: string, fallback: Direction): Direction {
  const first = LETTER.exec(text)?.[0];
  if (first === undefined) return fallback;
  return RIGHT_TO_LEFT.test(first) ? 'rtl' : 'ltr';
}
