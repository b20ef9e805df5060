import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess, parseSettings, type Assessment, type HistoryTicket, type TicketContext } from '../../src/rules';
import { USERS } from '../../src/workspace/demo/people';
import { EARLIER_TICKETS, OPEN_TICKETS } from '../../src/workspace/demo/tickets';
import { demoSettings } from '../../src/workspace/settings';

const ROOT = join(import.meta.dirname, '..', '..');
const DAY_MS = 86_400_000;
const HISTORY_DAYS = 365;
const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** The installation settings the workspace gives the app, from the built manifest. */
export const SETTINGS = parseSettings(demoSettings(json('dist/manifest.json'))).settings;

/**
 * The demo ticket as a TicketContext, built straight from the demo data rather than through the app's
 * adapter, so the browser's answer is checked against an independent reading.
 */
/**
 * What the value sources say of the requesters whose user fields are empty, worked out by hand from demo/values.ts
 * (Stripe: 640 + 0 + 300 + 280.50 + 99.50 USD, six succeeded charges, two disputed), not by the fakes' code.
 */
export const SOURCE_VALUES: Record<number, { lifetimeValue: number; orderCount: number; disputes?: number; source: string }> = {
  121: { lifetimeValue: 1320, orderCount: 6, disputes: 2, source: 'Stripe' },
  122: { lifetimeValue: 742.15, orderCount: 9, source: 'Shopify' },
  123: { lifetimeValue: 610, orderCount: 7, source: 'your value endpoint' },
  124: { lifetimeValue: 180, orderCount: 2, source: 'your value endpoint' },
};

/**
 * `withSources`: the requester's value as Zendesk mode reads it from the value sources the ticket's settings name
 * (Help Scout mode reads the user fields only).
 */
export function demoContext(ticketId: number, now: number, options: { withLtv?: boolean; withHistory?: boolean; withSources?: boolean } = {}): TicketContext {
  const ticket = OPEN_TICKETS.find((t) => t.id === ticketId);
  const user = USERS.find((u) => u.id === ticket?.requesterId);
  if (!ticket || !user) throw new Error(`No demo ticket ${ticketId}`);
  const iso = (days: number) => new Date(now - days * DAY_MS).toISOString();
  const withLtv = options.withLtv ?? true;
  const fromSources = options.withSources && ticket.settings?.valueSources ? SOURCE_VALUES[user.id] : undefined;
  const history: HistoryTicket[] = [...OPEN_TICKETS, ...EARLIER_TICKETS]
    .filter((t) => t.requesterId === user.id && t.id !== ticketId && t.daysAgo <= HISTORY_DAYS)
    .sort((a, b) => a.daysAgo - b.daysAgo)
    .map((t) => ({ id: t.id, subject: t.subject, description: t.comments[0]?.body ?? '', createdAt: iso(t.daysAgo), status: t.status, tags: [...t.tags] }));
  return {
    id: String(ticket.id),
    ticket: {
      id: ticket.id,
      subject: ticket.subject,
      createdAt: iso(ticket.daysAgo),
      tags: [...ticket.tags],
      comments: ticket.comments.map((c) => ({ author: c.from, body: c.body, createdAt: iso(c.daysAgo) })),
    },
    customer: {
      id: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      lifetimeValue: withLtv ? (user.fields.lifetime_value ?? null) : null,
      orderCount: withLtv ? (user.fields.order_count ?? null) : null,
      tags: [...user.tags],
      ...(fromSources ? { lifetimeValue: fromSources.lifetimeValue, orderCount: fromSources.orderCount } : {}),
      ...(fromSources?.disputes === undefined ? {} : { disputes: fromSources.disputes }),
    },
    history: options.withHistory === false ? [] : history,
  };
}

export function expectedAssessment(ticketId: number, options: Parameters<typeof demoContext>[2] = {}): Assessment {
  const now = Date.now();
  return assess(demoContext(ticketId, now, options), SETTINGS, new Date(now));
}

type Labels = Record<'tier' | 'behaviour' | 'action', Record<string, string>>;
const LABELS: Record<'en' | 'ar', Labels> = {
  en: (json('translations/en.json') as { panel: Labels }).panel,
  ar: (json('translations/ar.json') as { panel: Labels }).panel,
};

/** What the panel shows for an assessment: the translated tier, behaviour and action. */
export function labelsFor(assessment: Assessment, language: 'en' | 'ar' = 'en') {
  const labels = LABELS[language];
  return {
    tier: labels.tier[assessment.ltv.tier] ?? assessment.ltv.tier,
    behaviour: labels.behaviour[assessment.behaviour.primary] ?? assessment.behaviour.primary,
    action: labels.action[assessment.response.action] ?? assessment.response.action,
  };
}
