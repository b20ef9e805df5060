import type { Lexicon } from './data/lexicon';
import type { SignalKind } from './data/signals';
import type { NormalisedText } from './normalise';

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const ARABIC_PREFIX = '(?:[وف])?(?:[بلكس])?(?:ال|لل)?';
const ARABIC_SUFFIX = '(?:ها|هم|هن|كم|كن|نا|ني|ين|ون|ات|وا|ه|ك|ي|ا|و)?';
/** How far back a negator may stand, within the same sentence. */
const NEGATION_REACH = 40;
// A clause ends a negator's reach: "if it is not refunded, my lawyer will call" is still a threat.
const SENTENCE_END = /[.!?؟\n;,،:]/;

export interface CompiledLexicon {
  regex: RegExp;
  kinds: SignalKind[];
  negatable: boolean[];
  negator: RegExp;
  breaker: RegExp;
  deleet: boolean;
}

/** One entry's expression as the matcher runs it, without the word-boundary assertions around it. */
export function entrySource(lexicon: Lexicon, pattern: string): string {
  return lexicon.arabicAffixes ? `${ARABIC_PREFIX}(?:${pattern})${ARABIC_SUFFIX}` : `(?:${pattern})`;
}

/** Compiles a lexicon into one regular expression with a capture group per entry. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const source = lexicon.entries.map((e) => `(${entrySource(lexicon, e.pattern)})`).join('|');
  return {
    regex: new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'gu'),
    kinds: lexicon.entries.map((e) => e.kind),
    negatable: lexicon.entries.map((e) => e.negatable === true),
    negator: new RegExp(`${BEFORE}(?:${lexicon.negator})${AFTER}`, 'u'),
    breaker: new RegExp(`${BEFORE}(?:${lexicon.negationBreaker})`, 'u'),
    deleet: lexicon.deleet,
  };
}

export interface Match {
  kind: SignalKind;
  /** Offsets into the original text. */
  start: number;
  end: number;
}

function isNegated(text: string, at: number, lexicon: CompiledLexicon): boolean {
  let from = Math.max(0, at - NEGATION_REACH);
  for (let k = at - 1; k >= from; k--) {
    if (SENTENCE_END.test(text[k] ?? '')) {
      from = k + 1;
      break;
    }
  }
  const window = text.slice(from, at);
  return lexicon.negator.test(window) && !lexicon.breaker.test(window);
}

/**
 * Finds every lexicon phrase in normalised text and maps it back to original offsets.
 * @example findSignals(normalise('I will sue you', { deleet: true }), compiled) // [{ kind: 'legal_threat', start: 7, end: 10 }]
 */
export function findSignals(normalised: NormalisedText, lexicon: CompiledLexicon): Match[] {
  const matches: Match[] = [];
  const { text, starts, ends } = normalised;
  // exec on the compiled expression, not matchAll: matchAll clones it, and a clone of an expression this large is
  // compiled again on every call. lastIndex is reset first, and nothing else runs between the calls.
  const { regex } = lexicon;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const entry = m.findIndex((group, k) => k > 0 && group !== undefined) - 1;
    const kind = lexicon.kinds[entry];
    if (kind === undefined || m[0].length === 0) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    if (lexicon.negatable[entry] && isNegated(text, m.index, lexicon)) continue;
    matches.push({ kind, start: starts[m.index] ?? 0, end: ends[m.index + m[0].length - 1] ?? 0 });
  }
  return matches;
}
