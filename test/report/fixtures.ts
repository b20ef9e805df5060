import type { AssessedTicket, ReportTicket, TicketFacts } from '../../src/report/types';

/** An assessed ticket: a legitimate request from a standard customer unless told otherwise. */
export function assessed(id: string, fields: Partial<AssessedTicket> = {}): AssessedTicket {
  return { id, tier: 'standard', value: 100, supportCost: 15, behaviour: 'legitimate', action: 'resolve', evidence: null, ...fields };
}

/** A ticket's context facts: asked by `customer` on `date`. */
export function facts(id: string, customer: string | null, date: string | null, fields: Partial<TicketFacts> = {}): TicketFacts {
  return { id, ticketId: id, customerKey: customer, customerName: customer ? `Name of ${customer}` : null, at: date === null ? null : Date.parse(date), ...fields };
}

/** A joined ticket. */
export function ticket(id: string, customer: string | null, date: string | null, fields: Partial<AssessedTicket> = {}): ReportTicket {
  return { ...assessed(id, fields), context: facts(id, customer, date) };
}

/** An assessment line as `fairline assess` writes it (SPEC §6). */
export function assessmentJson(id: string, fields: { behaviour?: string; action?: string; value?: number | null; cost?: number; evidence?: string; kind?: string } = {}) {
  return {
    id,
    ltv: { tier: 'standard', value: fields.value === undefined ? 100 : fields.value, supportCost: fields.cost ?? 15, costRatio: 0.15 },
    behaviour: {
      primary: fields.behaviour ?? 'legitimate',
      confidence: 0.9,
      signals: fields.evidence ? [{ kind: fields.kind ?? 'legal_threat', evidence: fields.evidence, commentIndex: 0, start: 0, end: fields.evidence.length }] : [],
    },
    response: { action: fields.action ?? 'resolve', variant: null, rationale: '', reply: '', internalNote: null, reviewReply: null, tags: [], language: 'en', litmus: { pass: true, findings: [] }, why: [] },
  };
}
