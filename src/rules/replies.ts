import { REPLIES_AR } from './data/replies-ar';
import { REPLIES_EN } from './data/replies-en';
import type { ReplyTemplates, TemplateKey } from './data/replies';
import type { Decision } from './policy';
import type { Language } from './types';

const TEMPLATES: Record<Language, ReplyTemplates> = { en: REPLIES_EN, ar: REPLIES_AR };

/** Every slot a template may name. */
export const SLOT_NAMES = ['customerName', 'agentName', 'companyName', 'docsUrl', 'closureDate', 'counselEmail', 'exportDays', 'warningDate', 'customerWords'] as const;
export type Slots = Partial<Record<(typeof SLOT_NAMES)[number], string>>;

const OPTIONAL = /\[\[([^[\]]*)\]\]/g;
const SLOT = /\{(\w+)\}/g;

/** A template split once into text, slots and optional parts, so filling it is a walk over the pieces. */
type Piece = { text: string } | { slot: keyof Slots } | { optional: Piece[]; names: (keyof Slots)[]; alternative: boolean };

function splitSlots(text: string): Piece[] {
  return text.split(SLOT).map((part, k) => (k % 2 === 1 ? { slot: part as keyof Slots } : { text: part }));
}

function compile(template: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of template.matchAll(OPTIONAL)) {
    const part = m[1] ?? '';
    pieces.push(...splitSlots(template.slice(at, m.index)));
    // Adjacent optional parts are alternatives: `[[{companyName}]][[our product]]`.
    pieces.push({ optional: splitSlots(part), names: [...part.matchAll(SLOT)].map((s) => s[1] as keyof Slots), alternative: m.index === at && at > 0 });
    at = m.index + m[0].length;
  }
  pieces.push(...splitSlots(template.slice(at)));
  return pieces;
}

// A memo, not state: the same template always compiles to the same pieces, and templates are data (reply templates,
// notes), so it holds at most one entry for each of them.
const COMPILED = new Map<string, Piece[]>();

/** The compiled form of a template; each template is compiled once. */
function compiled(template: string): Piece[] {
  let pieces = COMPILED.get(template);
  if (!pieces) {
    pieces = compile(template);
    COMPILED.set(template, pieces);
  }
  return pieces;
}

const slotValue = (slots: Slots, name: keyof Slots) => slots[name]?.trim() ?? '';

/** The text of a piece of text or a slot; an optional part is filled by its caller. */
const filled = (piece: Piece, slots: Slots) => ('text' in piece ? piece.text : 'slot' in piece ? slotValue(slots, piece.slot) : '');

/**
 * Fills `{slot}`s. An optional part `[[…]]` is kept only when every slot in it has a value;
 * a slot outside one is left out when empty. Of adjacent optional parts that are alternatives, the first filled wins:
 * `[[{companyName}]][[our product]]`.
 * @example fillTemplate('Hi[[ {customerName}]],', {}) // 'Hi,'
 */
export function fillTemplate(template: string, slots: Slots): string {
  let out = '';
  let previousKept = false;
  for (const piece of compiled(template)) {
    if (!('optional' in piece)) {
      out += filled(piece, slots);
      continue;
    }
    if (piece.alternative && previousKept) continue;
    previousKept = piece.names.every((n) => slotValue(slots, n) !== '');
    if (previousKept) for (const part of piece.optional) out += filled(part, slots);
  }
  return out;
}

function templateKey(decision: Decision): TemplateKey {
  const key = decision.variant ? `${decision.action}.${decision.variant}` : decision.action;
  return (key in REPLIES_EN.body ? key : decision.action) as TemplateKey;
}

const ENDINGS = new Set(['terminate_legal', 'terminate_with_refund', 'walk_away']);

/** The reply for a decision in `language`, with greeting, body, export window for a service ending, and sign-off. */
export function composeReply(decision: Decision, language: Language, slots: Slots, service: boolean): string {
  const templates = TEMPLATES[language];
  const parts = [templates.greeting, templates.body[templateKey(decision)]];
  if (service && ENDINGS.has(decision.action)) parts.push(templates.serviceExport);
  parts.push(templates.signoff);
  return parts.map((p) => fillTemplate(p, slots).trim()).filter((p) => p !== '').join('\n\n');
}

/** The one public answer to a posted review, in `language`, for the agent to copy to the review site. */
export const composeReviewReply = (language: Language, slots: Slots): string => fillTemplate(TEMPLATES[language].reviewReply, slots).trim();
