import { stringify } from 'csv-stringify/sync';
import { netCost, type CustomerFigures } from './customers';
import type { ReportTexts } from './data/texts';
import type { ReportTicket } from './types';

type Cell = string | number | null;

/**
 * RFC 4180 CSV (CRLF between records, a field quoted when it holds a comma, a quote or a line break), with a byte
 * order mark so that spreadsheets read it as UTF-8. A text cell that starts with = + - @ (or a tab or CR) gets a
 * leading apostrophe: a spreadsheet would otherwise run a customer's "=HYPERLINK(…)" as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true, cast: { number: String } });
}

const iso = (at: number | null | undefined) => (at === null || at === undefined ? null : new Date(at).toISOString().slice(0, 10));
const ticketIdOf = (t: ReportTicket) => t.context?.ticketId ?? t.id;

/** Every net drain, the largest loss first, with the page's headings. */
export function drainsCsv(drains: readonly CustomerFigures[], texts: ReportTexts): string {
  const t = texts.drains;
  return toCsv(
    [t.customer, 'id', t.tickets, t.value, t.cost, t.net, t.latest],
    drains.map((c) => [c.name, c.key, c.tickets, c.value, c.supportCost, netCost(c), ticketIdOf(c.latest)]),
  );
}

/** Every escalation, the newest first, with the customer's words. */
export function escalationsCsv(escalations: readonly ReportTicket[], texts: ReportTexts): string {
  const t = texts.escalations;
  return toCsv(
    [t.date, t.ticket, t.customer, 'id', t.behaviour, t.evidence, t.action],
    escalations.map((e) => [iso(e.context?.at), ticketIdOf(e), e.context?.customerName ?? null, e.context?.customerKey ?? null, texts.behaviours[e.behaviour], e.evidence, texts.actions[e.action]]),
  );
}

/** Every customer given VIP goodwill. */
export function goodwillCsv(customers: readonly CustomerFigures[], texts: ReportTexts): string {
  const t = texts.goodwill;
  return toCsv(
    [t.customer, 'id', t.tier, t.value, t.times, t.latest],
    customers.map((c) => [c.name, c.key, texts.tiers[c.tier], c.value, c.goodwill, ticketIdOf(c.latest)]),
  );
}
