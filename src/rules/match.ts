import type { Lexicon } from './data/lexicon';
import type { SignalKind } from './data/signals';
import { requiredLiterals } from './literals';
import { originalSpan, type NormalisedText } from './normalise';
import { isStop, readableSpans, type Span } from './spans';

export const BEFORE = '(?<![\\p{L}\\p{N}])';
export const AFTER = '(?![\\p{L}\\p{N}])';
export const ARABIC_PREFIX = '(?:[وف])?(?:[بلكس])?(?:ال|لل)?';
export const ARABIC_SUFFIX = '(?:ها|هم|هن|كم|كن|نا|ني|ين|ون|ات|وا|ه|ك|ي|ا|و)?';
/** How far back a negator may stand, within the same sentence. */
const NEGATION_REACH = 40;
// A clause ends a negator's reach: "if it is not refunded, my lawyer will call" is still a threat.
const CLAUSE_END = new Set(['.', '!', '?', '؟', '\n', ';', ',', '،', ':']);

/** An expression for a run of entries, and the index of the run's first entry. */
interface EntryRun {
  regex: RegExp;
  first: number;
  /** Finds a string one of which every match of the run holds; null when some entry requires none. */
  needs: RegExp | null;
}

export interface CompiledLexicon {
  runs: EntryRun[];
  kinds: SignalKind[];
  negatable: boolean[];
  /** Per entry: what must also stand in the same or the previous sentence, or null. */
  contexts: (RegExp | null)[];
  /** Per entry: what cancels it when it stands in the same or the previous sentence, or null. */
  cancellers: (RegExp | null)[];
  negator: RegExp;
  conditional: RegExp | null;
  breaker: RegExp;
  deleet: boolean;
  script: RegExp;
}

/** One entry's expression as the matcher runs it, without the word-boundary assertions around it. */
export function entrySource(lexicon: Lexicon, pattern: string): string {
  return lexicon.arabicAffixes ? `${ARABIC_PREFIX}(?:${pattern})${ARABIC_SUFFIX}` : `(?:${pattern})`;
}

// V8 runs a very large expression in its slower interpreter (one 60-entry expression was 10× slower than
// four of 16; 40 entries already falls off that cliff), so entries are compiled in runs of 24.
export const RUN_LENGTH = 24;

/** Compiles a lexicon into a few regular expressions, each with a capture group per entry. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const runs: EntryRun[] = [];
  for (let first = 0; first < lexicon.entries.length; first += RUN_LENGTH) {
    const entries = lexicon.entries.slice(first, first + RUN_LENGTH);
    // The optional clitics are tried once, before the entries, not again for every entry.
    const prefix = lexicon.arabicAffixes ? ARABIC_PREFIX : '';
    const suffix = lexicon.arabicAffixes ? ARABIC_SUFFIX : '';
    const source = entries.map((e) => `((?:${e.pattern})${suffix})`).join('|');
    runs.push({ regex: new RegExp(`${BEFORE}${prefix}(?:${source})${AFTER}`, 'gu'), first, needs: literalFinder(entries.map((e) => e.pattern)) });
  }
  return {
    runs,
    kinds: lexicon.entries.map((e) => e.kind),
    negatable: lexicon.entries.map((e) => e.negatable === true),
    contexts: lexicon.entries.map((e) => nearby(lexicon, e.context)),
    cancellers: lexicon.entries.map((e) => nearby(lexicon, e.unless)),
    negator: new RegExp(`${BEFORE}(?:${lexicon.negator})${AFTER}`, 'gu'),
    conditional: lexicon.conditional ? new RegExp(`${BEFORE}(?:${lexicon.conditional})${AFTER}`, 'u') : null,
    breaker: new RegExp(`${BEFORE}(?:${lexicon.negationBreaker})`, 'gu'),
    deleet: lexicon.deleet,
    script: new RegExp(lexicon.script, 'gu'),
  };
}

/** The expression that looks for `source` around a match, or null when there is none to look for. */
const nearby = (lexicon: Lexicon, source: string | undefined): RegExp | null =>
  source ? new RegExp(`${BEFORE}${entrySource(lexicon, source)}${AFTER}`, 'u') : null;

const escape = (literal: string) => literal.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** One expression that finds any string one of the patterns requires, or null when a pattern requires none. */
export function literalFinder(patterns: readonly string[]): RegExp | null {
  const literals = new Set<string>();
  for (const pattern of patterns) {
    const needs = requiredLiterals(pattern);
    if (needs === null) return null;
    for (const literal of needs) literals.add(literal);
  }
  return new RegExp([...literals].map(escape).join('|'));
}

/**
 * Every match of a global expression, by exec from the start. Not String#matchAll: it clones the expression, and a
 * clone of an expression this large is compiled again on every call (five times the cost of the whole check).
 */
export function* matchesOf(text: string, regex: RegExp): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    yield m;
  }
}

export interface Match {
  kind: SignalKind;
  /** Offsets into the original text. */
  start: number;
  end: number;
}

/** The offset just past the last match of `pattern` in `text`, or -1. */
function lastMatchEnd(pattern: RegExp, text: string): number {
  let end = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    end = m.index + Math.max(1, m[0].length);
    pattern.lastIndex = end;
  }
  return end;
}

/** Where the clause holding `at` starts: just past the last clause end before it, at most `reach` back. */
export function clauseStart(text: string, at: number, reach: number): number {
  const floor = Math.max(0, at - reach);
  for (let k = at - 1; k >= floor; k--) if (CLAUSE_END.has(text[k] ?? '')) return k + 1;
  return floor;
}

/**
 * A negator shortly before the match, in the same clause, cancels it — unless a breaker follows the negator:
 * "I won't hesitate to sue", "if it is not refunded by Friday I'll dispute the charge".
 */
function isNegated(text: string, at: number, lexicon: CompiledLexicon): boolean {
  const from = clauseStart(text, at, NEGATION_REACH);
  const window = text.slice(from, at);
  const negatorEnd = lastMatchEnd(lexicon.negator, window);
  if (negatorEnd < 0) return false;
  lexicon.breaker.lastIndex = negatorEnd;
  return !lexicon.breaker.test(window) && !negatesOnlyACondition(text, from + negatorEnd, at, lexicon);
}

/** How far back, within the clause, a word opening a condition is looked for. */
const CONDITION_REACH = 120;
/** A negator in a condition reaches its own verb and object ("if I don't sue you"), not a phrase this many words on. */
const CONDITION_WORDS = 3;

/** Whether the negator ending at `negatorEnd` stands in a condition that ends before the match at `at`. */
function negatesOnlyACondition(text: string, negatorEnd: number, at: number, lexicon: CompiledLexicon): boolean {
  if (lexicon.conditional === null) return false;
  let words = 0;
  for (let k = negatorEnd; k < at && words < CONDITION_WORDS; k++) if (text[k] !== ' ' && (k === negatorEnd || text[k - 1] === ' ')) words++;
  if (words < CONDITION_WORDS) return false;
  let start = negatorEnd;
  const floor = Math.max(0, negatorEnd - CONDITION_REACH);
  while (start > floor && !CLAUSE_END.has(text[start - 1] ?? '')) start--;
  return lexicon.conditional.test(text.slice(start, negatorEnd));
}

/** How far around a match its context is looked for: this sentence and the one before, within bounds. */
const CONTEXT_REACH = 240;

function sentenceBounds(text: string, at: number, end: number): [number, number] {
  const floor = Math.max(0, at - CONTEXT_REACH);
  let start = at;
  let stops = 0;
  while (start > floor && !(isStop(text, start - 1) && ++stops === 2)) start--;
  const ceiling = Math.min(text.length, end + CONTEXT_REACH);
  let stop = end;
  while (stop < ceiling && !isStop(text, stop)) stop++;
  return [start, stop];
}

/**
 * Whether the sentence of a match and the one before it lack what must stand there, or hold what must not; the
 * sentences are found once for both.
 */
function unfitNeighbours(text: string, at: number, end: number, context: RegExp | null, canceller: RegExp | null): boolean {
  if (context === null && canceller === null) return false;
  const [start, stop] = sentenceBounds(text, at, end);
  const around = text.slice(start, stop);
  return (context !== null && !context.test(around)) || (canceller !== null && canceller.test(around));
}

/**
 * Finds every lexicon phrase in normalised text and maps it back to original offsets.
 * @example findSignals(normalise('I will sue you', { deleet: true }), compiled) // [{ kind: 'legal_threat', start: 7, end: 10 }]
 */
export function findSignals(normalised: NormalisedText, lexicon: CompiledLexicon): Match[] {
  return findSignalsInEach([normalised], lexicon)[0] ?? [];
}

/**
 * `findSignals` for many texts at once, with the same result for each. Each expression goes over every text before
 * the next one starts: the compiled expressions are large, and running one at a time keeps its code in the processor's
 * caches (a batch of a few hundred texts is matched in about half the time).
 */
export function findSignalsInEach(texts: readonly NormalisedText[], lexicon: CompiledLexicon): Match[][] {
  const spans = texts.map((normalised) => readableSpans(normalised.text, lexicon.script));
  const found = texts.map((): Match[] => []);
  for (const run of lexicon.runs) {
    texts.forEach((normalised, k) => {
      for (const span of spans[k]!) findRun(normalised, lexicon, run, span, found[k]!);
    });
  }
  for (const matches of found) matches.sort((a, b) => a.start - b.start || a.end - b.end);
  return found;
}

function findRun(normalised: NormalisedText, lexicon: CompiledLexicon, run: EntryRun, { from, text: span }: Span, matches: Match[]): void {
  const { text } = normalised;
  // exec on the compiled expression, not matchAll: matchAll clones it, and a clone of an expression this large is
  // compiled again on every call. lastIndex is reset first, and nothing else runs between the calls.
  const { regex } = run;
  if (run.needs !== null && !run.needs.test(span)) return;
  regex.lastIndex = 0;
  for (let m = regex.exec(span); m !== null; m = regex.exec(span)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const entry = run.first + group - 1;
    const at = from + m.index;
    const kind = lexicon.kinds[entry];
    if (kind === undefined || m[0].length === 0) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    const end = at + m[0].length;
    const rejected =
      (lexicon.negatable[entry] && isNegated(text, at, lexicon)) ||
      unfitNeighbours(text, at, end, lexicon.contexts[entry] ?? null, lexicon.cancellers[entry] ?? null);
    if (rejected) {
      // A phrase inside the rejected one may still count: "leaving a one star review everywhere".
      regex.lastIndex = m.index + 1;
      continue;
    }
    const [start, stop] = originalSpan(normalised, at, end);
    matches.push({ kind, start, end: stop });
  }
}
