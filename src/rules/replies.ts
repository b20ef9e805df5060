import { REPLIES_AR } from './data/replies-ar';
import { REPLIES_EN } from './data/replies-en';
import type { ReplyTemplates, TemplateKey } from './data/replies';
import type { Decision } from './policy';
import type { Language } from './types';

const TEMPLATES: Record<Language, ReplyTemplates> = { en: REPLIES_EN, ar: REPLIES_AR };

export type Slots = Partial<Record<'customerName' | 'agentName' | 'companyName' | 'docsUrl' | 'closureDate' | 'counselEmail' | 'exportDays', string>>;

const OPTIONAL = /\[\[([^[\]]*)\]\]/g;
const SLOT = /\{(\w+)\}/g;

/**
 * Fills `{slot}`s. An optional part `[[…]]` is kept only when every slot in it has a value;
 * a slot outside one is left out when empty. Of adjacent optional parts that are alternatives, the first filled wins:
 * `[[{companyName}]][[our product]]`.
 * @example fillTemplate('Hi[[ {customerName}]],', {}) // 'Hi,'
 */
export function fillTemplate(template: string, slots: Slots): string {
  const value = (name: string) => slots[name as keyof Slots]?.trim() ?? '';
  let previousKept = false;
  let previousEnd = -1;
  const withOptional = template.replace(OPTIONAL, (_, part: string, offset: number) => {
    const alternative = offset === previousEnd && previousKept;
    const names = [...part.matchAll(SLOT)].map((m) => m[1] ?? '');
    const kept = !alternative && names.every((n) => value(n) !== '');
    if (!alternative) previousKept = kept;
    previousEnd = offset + part.length + 4;
    return kept ? part : '';
  });
  return withOptional.replace(SLOT, (_, name: string) => value(name));
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
