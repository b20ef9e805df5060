import type { Lexicon } from './data/lexicon';
import type { SignalKind } from './data/signals';
import type { NormalisedText } from './normalise';

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const ARABIC_PREFIX = '(?:[وف])?(?:[بلكس])?(?:ال|لل)?';
const ARABIC_SUFFIX = '(?:ها|هم|هن|كم|كن|نا|ني|ين|ون|ات|وا|ه|ك|ي|ا|و)?';
/** How far back a negator may stand, within the same sentence. */
const NEGATION_REACH = 40;
const SENTENCE_END = /[.!?؟\n;]/;

export interface CompiledLexicon {
  regex: RegExp;
  kinds: SignalKind[];
  negatable: boolean[];
  negator: RegExp;
  breaker: RegExp;
  deleet: boolean;
}

/** Compiles a lexicon into one regular expression with a capture group per entry. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const wrap = (p: string) => (lexicon.arabicAffixes ? `${ARABIC_PREFIX}(?:${p})${ARABIC_SUFFIX}` : `(?:${p})`);
  const source = lexicon.entries.map((e) => `(${wrap(e.pattern)})`).join('|');
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
  for (const m of text.matchAll(lexicon.regex)) {
    const entry = m.findIndex((group, k) => k > 0 && group !== undefined) - 1;
    const kind = lexicon.kinds[entry];
    if (kind === undefined || m[0].length === 0) continue;
    if (lexicon.negatable[entry] && isNegated(text, m.index, lexicon)) continue;
    matches.push({ kind, start: starts[m.index] ?? 0, end: ends[m.index + m[0].length - 1] ?? 0 });
  }
  return matches;
}
