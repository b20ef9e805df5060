/**
 * The litmus test's measured kinds (issue 12): what is found by looking at the characters of a reply rather than by
 * phrases — capitals and exclamations, placeholders left by a template, length past the action's limit. Pure: text
 * in, spans of it out.
 */
import { ACRONYMS, ARABIC_WORD_SHARE, DEFAULT_WORD_LIMIT, WORD_LIMITS } from './data/litmus';
import { matchesOf } from './match';
import type { Action, Language } from './types';

// Placeholders a template or macro left: {customerName}, {{order_id}}, [name], <insert date>, undefined, null.
// A bracket followed by "(" is a Markdown link, not a placeholder.
const SLOTS = [
  /\{\{?\s*[\p{L}_][\p{L}\p{N}_ .-]{0,40}\s*\}\}?/gu,
  /\[\s*[\p{L}_][\p{L}\p{N}_ .#-]{0,40}\s*\](?!\()/gu,
  /<\s*(?:insert|enter|add|your|customer|agent|name|date|order|first|last|اسم|ادخل|أدخل|التاريخ|رقم)[^<>\n]{0,40}>/giu,
  /(?<![\p{L}\p{N}])(?:undefined|null|NaN|\[object Object\]|Invalid Date)(?![\p{L}\p{N}])/gu,
  /_{3,}|(?<![\p{L}\p{N}])X{3,}(?![\p{L}\p{N}])/gu,
];

// Words a reply writes in capitals to shout ("we will NOT"), however short.
const EMPHASIS = new Set(['NOT', 'NO', 'NEVER', 'MUST', 'DO', 'DONT', 'CANT', 'WONT', 'ALL', 'ANY', 'READ', 'ONLY', 'NOW', 'STOP', 'ONCE', 'AGAIN', 'EVER', 'NONE', 'YOU', 'YOUR', 'FINAL', 'LAST']);
const CAPITAL_WORD = /(?<![\p{L}\p{N}'’])[A-Z][A-Z'’]*[A-Z](?![\p{L}\p{N}])/gu;
// Arabic letters only: a number written in Arabic-Indic digits (٥٠٠٠) is not a stretched word.
const EXCLAIMING = /[!！]{2,}|[!?؟]{3,}|([\u0621-\u064a])\1{2,}|ـ{3,}/gu;

/** Capitals and exclamations: a word of five capitals or more, an emphasis word, two in a row; "!!", stretched letters. */
export function shouting(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const shouted = (word: string) => {
    const bare = word.replace(/['’]/g, '');
    if (ACRONYMS.has(bare)) return false;
    return bare.length >= 5 || EMPHASIS.has(bare);
  };
  let previous: { end: number; start: number; shouted: boolean } | null = null;
  for (const m of matchesOf(text, CAPITAL_WORD)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    // A word in capitals alone in brackets is an acronym being introduced: "the regulator (CITRA)".
    const bracketed = text[start - 1] === '(' && text[end] === ')';
    const acronym = bracketed || ACRONYMS.has(word.replace(/['’]/g, ''));
    const alone = !bracketed && shouted(word);
    // Two words in capitals side by side ("PLEASE NOTE", "DO NOT") shout even when each is short.
    const pair = previous !== null && !acronym && start - previous.end <= 1 && !ACRONYMS.has(text.slice(previous.start, previous.end));
    if (alone || pair) spans.push([pair && previous ? previous.start : start, end]);
    previous = { start, end, shouted: alone };
  }
  for (const m of matchesOf(text, EXCLAIMING)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const WORD = /\S+/g;

/** The words past the action's limit, as one span from the first of them to the end, or none. */
export function tooLong(text: string, action: Action | null, language: Language): [number, number] | null {
  const limit = Math.round((action ? WORD_LIMITS[action] : DEFAULT_WORD_LIMIT) * (language === 'ar' ? ARABIC_WORD_SHARE : 1));
  let count = 0;
  for (const m of matchesOf(text, WORD)) if (++count === limit + 1) return [m.index, text.length];
  return null;
}

const MARK = /\p{M}/u;
/** The end of a span with the marks that follow its last letter (Arabic tanween, shadda), which normalising dropped. */
export function withMarks(text: string, end: number): number {
  let until = end;
  while (until < text.length && MARK.test(text[until] ?? '')) until++;
  return until;
}

/** The placeholders a template or macro left in a reply, as spans. */
export function placeholders(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of SLOTS) for (const m of matchesOf(text, pattern)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
