import { classify, MODEL_VOCABULARY } from './classify';
import { GUIDANCE_AR } from './data/guidance-ar';
import { GUIDANCE_EN, type Guidance } from './data/guidance';
import { computeFacts, type Facts } from './facts';
import { decide, responseTags, type Decision } from './policy';
import { litmus, litmusEach, type LitmusRequest } from './litmus';
import { composeReply, composeReviewReply, fillTemplate, type Slots } from './replies';
import type { Settings } from './settings';
import { addDays } from './time';
import { ticketFeatures, type Features, type Vocabulary } from './features';
import { emptyReading, readCustomer, readCustomersOfEach, type CustomerReading } from './signals';
import { SIGNAL_BEHAVIOUR } from './data/signals';
import type { Assessment, Behaviour, Language, LitmusResult, PolicyResponse, ResponseFact, TicketContext } from './types';

export interface AssessOverride {
  /** The agent's choice of behaviour; the response follows it. */
  behaviour?: Behaviour;
  /** Forces the reply language. */
  language?: Language;
  /** The agent's language, for the rationale and the internal note; English when not given. */
  agentLanguage?: Language;
}

const GUIDANCE: Record<Language, Guidance> = { en: GUIDANCE_EN, ar: GUIDANCE_AR };

/** The customer's first name, or their name as given when it has no spaces. */
function firstName(name: string | undefined): string {
  const trimmed = name?.trim() ?? '';
  return trimmed.split(/\s+/)[0] ?? '';
}

/** Why this response, in one line for the agent; warnings and endings say which behaviour they answer. */
function rationale({ action, variant }: Decision, guidance: Guidance): string {
  const byVariant = (action === 'warning_shot' || action === 'terminate_with_refund') && variant ? guidance.variantRationale[`${action}.${variant}`] : undefined;
  return byVariant ?? guidance.rationale[action];
}

const ENDINGS_AND_WARNINGS = new Set(['warning_shot', 'terminate_with_refund', 'terminate_legal', 'walk_away', 'dispute_process']);

/** The customer's own words behind the behaviour: the first signal of it, as written. */
function wordsBehind(behaviour: Behaviour, facts: Facts): string | null {
  return facts.signals.find((s) => SIGNAL_BEHAVIOUR[s.kind as keyof typeof SIGNAL_BEHAVIOUR] === behaviour)?.evidence ?? null;
}

/** The facts behind a decision, for "Why this response" (issue 12); `words` are the customer's, from wordsBehind. */
function factsBehind(decision: Decision, facts: Facts, settings: Settings, words: string | null): ResponseFact[] {
  const why: ResponseFact[] = [];
  if (decision.action === 'walk_away' && facts.terminated) why.push({ kind: 'terminated', ticketId: facts.termination?.ticketId ?? null, date: facts.termination?.date ?? null });
  if (facts.warning && decision.action !== 'walk_away') why.push({ kind: 'warning', ...facts.warning });
  if (facts.repeatPattern) why.push({ kind: 'repeat', tickets: facts.recentTickets, days: settings.repeatWindowDays });
  if (facts.netDrain && facts.ltv.value !== null) why.push({ kind: 'net_drain', supportCost: facts.ltv.supportCost, value: facts.ltv.value });
  if (words && ENDINGS_AND_WARNINGS.has(decision.action)) why.push({ kind: 'words', evidence: words });
  return why;
}

const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));

/** A response whose reply is not checked yet: `litmus` is null, in its place in the contract's order of fields. */
type UncheckedResponse = Omit<PolicyResponse, 'litmus'> & { litmus: null };
/** An assessment whose suggested reply is not checked yet; only `withLitmus` makes it an Assessment. */
type UncheckedAssessment = Omit<Assessment, 'response'> & { response: UncheckedResponse };

/** The policy response for a behaviour, given the facts, all but the litmus test of its reply. */
function respondUnchecked(
  behaviour: Behaviour,
  facts: Facts,
  context: TicketContext,
  settings: Settings,
  now: Date,
  language: Language,
  agentLanguage: Language,
): UncheckedResponse {
  const decision = decide(behaviour, facts, settings);
  const guidance = GUIDANCE[agentLanguage];
  const service = settings.businessType === 'service';
  const words = wordsBehind(behaviour, facts);
  const slots: Slots = {
    customerName: firstName(context.customer.name),
    agentName: settings.agentName,
    companyName: settings.companyName,
    docsUrl: settings.docsUrl,
    counselEmail: settings.counselEmail,
    // A date past the range of dates leaves the slot out (SPEC §5: a missing slot is left out gracefully).
    ...optional('closureDate', addDays(now, settings.dataExportDays)),
    exportDays: String(settings.dataExportDays),
    // Endings state the facts (SPEC policy): when the customer was warned, and their own words.
    ...optional('warningDate', facts.warning?.date ?? undefined),
    ...optional('customerWords', words ?? undefined),
  };
  // A review threat, unless we walked away already: reply once on the review site, should the review be posted.
  const reviewThreat = behaviour === 'review_extortion' && decision.action !== 'walk_away';
  const note = reviewThreat ? guidance.reviewNote : guidance.internalNote[decision.action];
  const reply = composeReply(decision, language, slots, service);
  return {
    action: decision.action,
    variant: decision.variant,
    rationale: rationale(decision, guidance),
    reply,
    litmus: null,
    why: factsBehind(decision, facts, settings, words),
    internalNote: note ? fillTemplate(note, slots) : null,
    reviewReply: reviewThreat ? composeReviewReply(language, slots) : null,
    tags: responseTags(behaviour, decision, facts, settings),
    language,
  };
}

/** The litmus test the suggested reply of an assessment is given. */
const litmusRequestOf = ({ response }: UncheckedAssessment, settings: Settings): LitmusRequest => ({ text: response.reply, options: { action: response.action, language: response.language, settings } });

/** The assessment with the litmus test of its suggested reply. */
const withLitmus = (assessment: UncheckedAssessment, result: LitmusResult): Assessment => ({ ...assessment, response: { ...assessment.response, litmus: result } });

/**
 * Assesses one ticket context: LTV tier, behaviour with evidence, and the policy response (SPEC §3–6).
 * Pure and deterministic: the same context, settings and time always give the same assessment.
 * Time is the context's own `now` when it has one, else the `now` passed in.
 * @example assess(context, DEFAULT_SETTINGS, new Date('2026-11-01T12:00:00Z')).response.action // 'terminate_legal'
 */
export function assess(context: TicketContext, settings: Settings, clock: Date, override: AssessOverride = {}): Assessment {
  const draft = assessUnchecked(context, readCustomer(context.ticket.comments), settings, clock, override);
  const { text, options } = litmusRequestOf(draft, settings);
  return withLitmus(draft, litmus(text, options));
}

/**
 * `assess` for many contexts at once, each assessed exactly as alone: the lexicons match a batch faster than its
 * tickets one by one, and the litmus test checks a batch of replies faster too, so the batch command hands them over
 * in batches.
 * @example assessEach([context], DEFAULT_SETTINGS, new Date('2026-11-01T12:00:00Z'))[0].response.action // 'terminate_legal'
 */
export function assessEach(contexts: readonly TicketContext[], settings: Settings, clock: Date, override: AssessOverride = {}): Assessment[] {
  const readings = readCustomersOfEach(contexts.map((c) => c.ticket.comments));
  const drafts = contexts.map((context, k) => assessUnchecked(context, readings[k] ?? emptyReading(), settings, clock, override));
  const results = litmusEach(drafts.map((draft) => litmusRequestOf(draft, settings)));
  return drafts.map((draft, k) => withLitmus(draft, results[k]!));
}

/**
 * The facts and the features of one context, as the classification sees them (and as scripts/train/dataset.ts learns
 * from, with every word). `known` keeps only the words a model weighs: features read so fit that model alone.
 */
export function readTicket(
  context: TicketContext,
  settings: Settings,
  clock: Date,
  reading: CustomerReading = readCustomer(context.ticket.comments),
  known?: Vocabulary,
): { facts: Facts; features: Features; now: Date } {
  const now = context.now ? new Date(context.now) : clock;
  const facts = computeFacts(context, settings, now, reading.signals);
  return { facts, features: ticketFeatures(reading.words, facts, known), now };
}

/** The assessment of one context, all but the litmus test of its reply. */
function assessUnchecked(context: TicketContext, reading: CustomerReading, settings: Settings, clock: Date, override: AssessOverride): UncheckedAssessment {
  const { facts, features, now } = readTicket(context, settings, clock, reading, MODEL_VOCABULARY);
  const classified = classify(facts, features, context.ticket.comments);
  const behaviour = reading.omitted > 0 ? { ...classified, signalsOmitted: reading.omitted } : classified;
  const primary = override.behaviour ?? behaviour.primary;
  return {
    id: context.id,
    ltv: facts.ltv,
    behaviour: override.behaviour ? { ...behaviour, primary, confidence: 1 } : behaviour,
    response: respondUnchecked(primary, facts, context, settings, now, override.language ?? facts.language, override.agentLanguage ?? 'en'),
  };
}
