/**
 * The litmus test of a reply (policy: "if this whole conversation were published, how would my reply read?"):
 * what in a reply reads as insulting, sarcastic, passive-aggressive, blaming, threatening, shouting, too long, more
 * than the policy offers, internal, or unfinished. Pure: text in, findings out, with spans of the text given.
 */
import { LITMUS_AR } from './data/litmus-ar';
import { LITMUS_EN } from './data/litmus-en';
import { NO_OFFER_ACTIONS, type LitmusKind, type LitmusLexicon, type PhraseKind } from './data/litmus';
import { ARABIC_PREFIX, ARABIC_SUFFIX, AFTER, BEFORE, clauseStart, literalFinder, matchesOf, RUN_LENGTH } from './match';
import { placeholders, shouting, tooLong, withMarks } from './litmusMeasures';
import { normalise, originalSpan, type NormalisedText } from './normalise';
import { behaviourTag, type Settings } from './settings';
import { BEHAVIOURS, LANGUAGES, type Action, type Language, type LitmusResult } from './types';

export interface LitmusOptions {
  /** The action the reply is for; without one, offers are not checked and the longest limit applies. */
  action?: Action | null;
  language: Language;
  /** The tag names of the settings are internal words too. */
  settings?: Pick<Settings, 'tags'>;
}

// Kinds a negator shortly before the phrase cancels, and how far back it may stand: "we will not be calling the
// police", "we are unable to offer a refund"; blame only right before ("not your fault": "won't fix your own mistake"
// still blames).
const NEGATION_REACH: Partial<Record<PhraseKind, number>> = { insult: 40, blame: 15, threat: 60, promise_beyond_policy: 80 };
const SENTENCE_END = /[.!?؟\n]/;

/**
 * Whether the offer at `at` is the consequence of a warning: its sentence opens with a condition and ends the
 * relationship ("if this continues, we will close the account and refund you"). A bargain is no such thing: "if you
 * cancel the chargeback, I'll refund you" is an offer.
 */
function isWarnedConsequence(text: string, at: number, compiled: CompiledLitmus): boolean {
  let from = at;
  while (from > 0 && at - from < 300 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  return compiled.conditional.test(text.slice(from, at)) && compiled.ending.test(text.slice(from, at));
}

/** Up to RUN_LENGTH phrases of one kind in one expression, and the strings one of which any of them needs. */
interface PhraseRun {
  kind: PhraseKind;
  regex: RegExp;
  /** Text holding none of these strings cannot match the run, which is then skipped; null when unknown. */
  needs: RegExp | null;
}

interface CompiledLitmus {
  lexicon: LitmusLexicon;
  phrases: PhraseRun[];
  negator: RegExp;
  clauseBreak: RegExp;
  conditional: RegExp;
  ending: RegExp;
}

function compile(lexicon: LitmusLexicon, arabic: boolean): CompiledLitmus {
  const [prefix, suffix] = arabic ? [ARABIC_PREFIX, ARABIC_SUFFIX] : ['', ''];
  // In runs, as the lexicons are (see RUN_LENGTH), each skipped in a reply that holds none of the strings it needs:
  // most replies hold none of most runs, and a run not searched costs one quick scan.
  const phrases: PhraseRun[] = [];
  for (const [kind, sources] of Object.entries(lexicon.phrases) as [PhraseKind, readonly string[]][]) {
    for (let first = 0; first < sources.length; first += RUN_LENGTH) {
      const run = sources.slice(first, first + RUN_LENGTH);
      phrases.push({ kind, regex: new RegExp(`${BEFORE}${prefix}(?:${run.join('|')})${suffix}${AFTER}`, 'gu'), needs: literalFinder(run) });
    }
  }
  // Arabic writes "and" and "so" onto the next word: ولا، فإذا.
  const conjunction = arabic ? '(?:[وف])?' : '';
  return {
    lexicon,
    phrases,
    negator: new RegExp(`${BEFORE}${conjunction}(?:${lexicon.negator})${AFTER}`, 'gu'),
    clauseBreak: new RegExp(`${BEFORE}${conjunction}(?:${lexicon.clauseBreak})${AFTER}`, 'gu'),
    conditional: new RegExp(`${BEFORE}${conjunction}(?:${lexicon.conditional})${AFTER}`, 'u'),
    ending: new RegExp(`${BEFORE}${arabic ? ARABIC_PREFIX : ''}(?:${lexicon.ending})`, 'u'),
  };
}

const COMPILED: Record<Language, CompiledLitmus> = { en: compile(LITMUS_EN, false), ar: compile(LITMUS_AR, true) };

/** Whether a negator stands shortly before `at` in the same clause, with no clause break after it. */
function isNegated(text: string, at: number, reach: number, compiled: CompiledLitmus): boolean {
  const window = text.slice(clauseStart(text, at, reach), at);
  let negatorEnd = -1;
  for (const m of matchesOf(window, compiled.negator)) negatorEnd = m.index + m[0].length;
  if (negatorEnd < 0) return false;
  for (const m of matchesOf(window, compiled.clauseBreak)) if (m.index >= negatorEnd) return false;
  return true;
}

// Words in quotation marks are someone else's (an ending quotes the customer's own words, as the policy asks).
const QUOTED = /"[^"\n]{1,300}"|«[^»\n]{1,300}»/g;

/** The stretches of text inside quotation marks. */
function quotedRanges(text: string): [number, number][] {
  if (!text.includes('"') && !text.includes('«')) return [];
  return [...matchesOf(text, QUOTED)].map((m) => [m.index, m.index + m[0].length]);
}

type Found = [LitmusKind, number, number];

/** A reply being checked: its text and options, its normalised reading, and what has been found in it so far. */
interface Check {
  text: string;
  options: LitmusOptions;
  normalised: NormalisedText;
  quoted: [number, number][];
  found: Found[];
}

/** The matches of one run of phrases in one reply, as spans of the original. */
function findPhrases(check: Check, { kind, regex, needs }: PhraseRun, compiled: CompiledLitmus): void {
  const { action = null } = check.options;
  if (kind === 'promise_beyond_policy' && (action === null || !NO_OFFER_ACTIONS.has(action))) return;
  const { normalised } = check;
  const { text } = normalised;
  if (needs !== null && !needs.test(text)) return;
  for (const m of matchesOf(text, regex)) {
    if (m[0].length === 0 || check.quoted.some(([from, to]) => m.index > from && m.index < to)) continue;
    const reach = NEGATION_REACH[kind];
    if (reach !== undefined && isNegated(text, m.index, reach, compiled)) continue;
    if (kind === 'promise_beyond_policy' && isWarnedConsequence(text, m.index, compiled)) continue;
    check.found.push([kind, ...originalSpan(normalised, m.index, m.index + m[0].length)]);
  }
}

/** The settings' tag names in the normalised reply: internal words. */
function tagFindings({ normalised, options, found }: Check): void {
  const names = options.settings?.tags;
  if (!names) return;
  for (const tag of [names.vip, names.warning, names.terminated, ...BEHAVIOURS.map((b) => behaviourTag(names, b))]) {
    const at = normalised.text.indexOf(tag.toLowerCase());
    if (at >= 0) found.push(['internal_leak', ...originalSpan(normalised, at, at + tag.length)]);
  }
}

/** Merges findings of one kind that overlap, and orders all of them by place. */
function merged(found: Found[]): Found[] {
  found.sort((a, b) => a[1] - b[1] || b[2] - a[2]);
  const out: Found[] = [];
  for (const finding of found) {
    const same = out.find((f) => f[0] === finding[0] && finding[1] < f[2]);
    if (same) same[2] = Math.max(same[2], finding[2]);
    else out.push([...finding]);
  }
  return out;
}

/** A reply to check and how. */
export interface LitmusRequest {
  text: string;
  options: LitmusOptions;
}

/** The measured findings (capitals, placeholders, length), and the check's result. */
function finish({ text, options, found }: Check): LitmusResult {
  const { action = null, language } = options;
  for (const span of shouting(text)) found.push(['shouting', ...span]);
  for (const span of placeholders(text)) found.push(['unfilled_slot', ...span]);
  const long = tooLong(text, action, language);
  if (long) found.push(['too_long', ...long]);
  const findings = merged(found).map(([kind, start, end]) => {
    const until = withMarks(text, end);
    return { kind, evidence: text.slice(start, until), start, end: until, suggestion: COMPILED[language].lexicon.suggestions[kind] };
  });
  return { pass: findings.length === 0, findings };
}

/**
 * `litmus` for many replies at once, with the same result for each: each run of phrases goes over every reply of its
 * language before the next run starts, which keeps the run's compiled code in the processor's caches, as the lexicons
 * do (match.ts findSignalsInEach). The batch command checks its suggested replies this way.
 * @example litmusEach([{ text: 'Per my last email, no.', options: { language: 'en' } }])[0].pass // false
 */
export function litmusEach(requests: readonly LitmusRequest[]): LitmusResult[] {
  const checks: Check[] = requests.map(({ text, options }) => {
    const normalised = normalise(text, { deleet: false });
    return { text, options, normalised, quoted: quotedRanges(normalised.text), found: [] };
  });
  for (const language of LANGUAGES) {
    const compiled = COMPILED[language];
    const mine = checks.filter((c) => c.options.language === language);
    for (const run of compiled.phrases) for (const check of mine) findPhrases(check, run, compiled);
  }
  for (const check of checks) tagFindings(check);
  return checks.map(finish);
}

/**
 * The litmus test of a reply. It passes when nothing is found.
 * @example litmus('As I already explained, you should have read the guide.', { language: 'en', action: 'explain_policy' }).findings.map((f) => f.kind) // ['passive_aggressive', 'blame']
 */
export function litmus(text: string, options: LitmusOptions): LitmusResult {
  return litmusEach([{ text, options }])[0]!;
}
