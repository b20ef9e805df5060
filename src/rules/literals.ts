/**
 * The literal strings a regular expression cannot match without: `(?:i will|i'll) sue` needs "sue", so text without
 * "sue" need not be searched with it. Understands the subset of syntax the lexicons use (literals, escapes, classes,
 * groups, alternation, quantifiers, lookarounds); anything it cannot vouch for yields no requirement, which only
 * costs a search, never a match.
 */

/** What one piece of a pattern matches: every string it can match when they are few, and strings one of which any match holds. */
interface Facts {
  /** Every string the piece can match, or null when unbounded or too many. */
  exact: string[] | null;
  /** Strings one of which every match contains, or null when none is known. */
  needs: string[] | null;
}

/** Past this many, a set of exact strings is given up for what it requires. */
const MAX_EXACT = 64;
/** Past this many strings a requirement is not worth checking. */
const MAX_NEEDS = 512;
const NOTHING: Facts = { exact: [''], needs: null };
/** What is not tracked: one character of a class or property, or a back-reference. */
const ANYTHING: Facts = { exact: null, needs: null };
const literal = (ch: string): Facts => ({ exact: [ch], needs: null });

/** The requirement a piece's facts imply: its exact strings, unless one of them is empty. */
function requirement(facts: Facts): string[] | null {
  if (facts.exact) return facts.exact.includes('') ? null : facts.exact;
  return facts.needs;
}

/** The more selective of two requirements: the longer shortest string, then the fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || !b) return a ?? b;
  const [inA, inB] = [shortest(a), shortest(b)];
  return inA !== inB ? (inA > inB ? a : b) : a.length <= b.length ? a : b;
}

const shortest = (list: string[]) => Math.min(...list.map((s) => s.length));

const unique = (list: string[]) => [...new Set(list)];

function either(a: Facts, b: Facts): Facts {
  const exact = a.exact && b.exact ? unique([...a.exact, ...b.exact]) : null;
  if (exact && exact.length <= MAX_EXACT) return { exact, needs: null };
  const [x, y] = [requirement(a), requirement(b)];
  const needs = x && y ? unique([...x, ...y]) : null;
  return { exact: null, needs: needs && needs.length <= MAX_NEEDS ? needs : null };
}

/** Past this many copies a repetition's strings are not spelled out. */
const MAX_COPIES = 3;

function repeat(facts: Facts, min: number, max: number): Facts {
  if (facts.exact && max <= MAX_COPIES) {
    // `k{1,2}` is "k" or "kk"; `(?:a |an )?` is "", "a " or "an ".
    let copies: string[] = [''];
    let exact: string[] = min === 0 ? [''] : [];
    for (let n = 1; n <= max && exact.length <= MAX_EXACT; n++) {
      copies = copies.flatMap((x) => facts.exact!.map((y) => x + y));
      if (n >= min) exact = unique([...exact, ...copies]);
    }
    if (exact.length <= MAX_EXACT) return { exact, needs: null };
  }
  return min === 0 ? ANYTHING : { exact: null, needs: requirement(facts) };
}

/** Characters with a meaning of their own in a pattern. */
const SPECIAL = new Set([...'\\()[]{}|?*+.^$']);
const QUANTIFIER_START = new Set([...'?*+{']);

/** A small recursive-descent reader of a pattern's source. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  whole(): Facts {
    const facts = this.alternation();
    if (this.at !== this.source.length) throw new Error('unbalanced parenthesis');
    return facts;
  }

  private alternation(): Facts {
    let facts = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      facts = either(facts, this.sequence());
    }
    return facts;
  }

  private sequence(): Facts {
    // The exact strings of the pieces since the last one whose strings are not known, and the best requirement before it.
    let run = NOTHING;
    let needs: string[] | null = null;
    let exact = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const piece = this.quantified(this.atom());
      if (run.exact && piece.exact && run.exact.length * piece.exact.length <= MAX_EXACT) {
        run = { exact: unique(run.exact.flatMap((x) => piece.exact!.map((y) => x + y))), needs: null };
        continue;
      }
      exact = false;
      needs = better(better(needs, requirement(run)), piece.exact ? null : requirement(piece));
      run = piece.exact ? piece : NOTHING;
    }
    return exact ? run : { exact: null, needs: better(needs, requirement(run)) };
  }

  private atom(): Facts {
    const ch = this.codePoint();
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '.') return ANYTHING;
    if (ch === '^' || ch === '$') return NOTHING;
    // Plain characters in a row are one literal, so that a long word is not combined with the strings before it one
    // character at a time; a quantifier applies to the last character alone, which is left to stand by itself.
    let text = ch;
    while (this.at < this.source.length && !SPECIAL.has(this.source[this.at]!)) {
      const next = String.fromCodePoint(this.source.codePointAt(this.at)!);
      if (QUANTIFIER_START.has(this.source[this.at + next.length] ?? '')) break;
      text += next;
      this.at += next.length;
    }
    return literal(text);
  }

  /** The next whole code point, as the `u` flag reads it: a quantifier after an emoji repeats the emoji, not half of it. */
  private codePoint(): string {
    const ch = String.fromCodePoint(this.source.codePointAt(this.at)!);
    this.at += ch.length;
    return ch;
  }

  private group(): Facts {
    const lookaround = /^\?<?[=!]/.exec(this.source.slice(this.at));
    if (lookaround) this.at += lookaround[0].length;
    else if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (this.source[this.at] === '?') throw new Error('unsupported group');
    const inner = this.alternation();
    if (this.source[this.at++] !== ')') throw new Error('unclosed group');
    // A lookaround matches no characters, so it requires none.
    return lookaround ? NOTHING : inner;
  }

  private characterClass(): Facts {
    let close = this.at;
    while (close < this.source.length && this.source[close] !== ']') close += this.source[close] === '\\' ? 2 : 1;
    if (close >= this.source.length) throw new Error('unclosed class');
    const body = this.source.slice(this.at, close);
    this.at = close + 1;
    // A short list of plain characters is a choice between them; anything else (ranges, negation, escapes) is any character.
    if (/^[^\\^\]-]{1,8}$/u.test(body)) return [...new Set(body)].map(literal).reduce(either);
    return ANYTHING;
  }

  private escape(): Facts {
    const ch = this.source[this.at++];
    if (ch === undefined) throw new Error('trailing backslash');
    if (ch === 'p' || ch === 'P') {
      this.at = this.source.indexOf('}', this.at) + 1;
      return ANYTHING;
    }
    if (ch === 'n') return literal('\n');
    if (ch === 'b' || ch === 'B') return NOTHING;
    // A code escape (\u0600, \u{1F600}, \x41, \cJ) or a named back-reference stands for characters not tracked here.
    const code = /^(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|k<[^>]+>)/.exec(this.source.slice(this.at - 1));
    if (code) {
      this.at += code[0].length - 1;
      return ANYTHING;
    }
    // Class escapes and numbered back-references: not tracked either.
    if (/[dDsSwWtrfv0-9]/.test(ch)) return ANYTHING;
    return literal(ch);
  }

  private quantified(facts: Facts): Facts {
    const rest = this.source.slice(this.at);
    const quantifier = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(rest);
    if (!quantifier) return facts;
    this.at += quantifier[0].length;
    const [, symbol, min, comma, max] = quantifier;
    if (symbol === '?') return repeat(facts, 0, 1);
    if (symbol === '*') return repeat(facts, 0, Infinity);
    if (symbol === '+') return repeat(facts, 1, Infinity);
    const low = Number(min);
    return repeat(facts, low, comma ? (max ? Number(max) : Infinity) : low);
  }
}

/**
 * The strings that hold no other of them, in their order: "sue you" adds nothing where "sue" is looked for. Shortest
 * first, each is checked against those kept so far only: a string holding a dropped one also holds what that one held.
 */
function withoutLonger(strings: string[]): string[] {
  const kept: string[] = [];
  for (const s of [...strings].sort((a, b) => a.length - b.length)) if (!kept.some((t) => s.includes(t))) kept.push(s);
  const minimal = new Set(kept);
  return strings.filter((s) => minimal.has(s));
}

/**
 * Strings one of which every match of `pattern` contains, or null when the pattern requires none that can be known.
 * @example requiredLiterals('(?:i will|i\'ll) (?:sue|report) you') // [' sue you', ' report you'] or a shorter list
 */
export function requiredLiterals(pattern: string): string[] | null {
  try {
    const needs = requirement(new Reader(pattern).whole());
    return needs && withoutLonger(needs);
  } catch {
    return null;
  }
}

