import { BEHAVIOURS, type Behaviour } from '../rules';
import { SHOWN } from './data/limits';
import type { ReportTicket } from './types';

export interface MonthCount {
  /** YYYY-MM, in UTC. */
  month: string;
  behaviour: Behaviour;
  count: number;
}

export interface Months {
  /** Every month from the first shown to the last with a ticket, with none missing. */
  months: string[];
  /** One count per month and behaviour, zeros included. */
  counts: MonthCount[];
  /** Tickets in months before the first shown. */
  earlier: number;
  /** Tickets with no date: no context, or one without `ticket.createdAt` and `now`. */
  undated: number;
}

const monthOf = (at: number) => new Date(at).toISOString().slice(0, 7);

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The months from `first` to `last`, both included. */
function monthsBetween(first: string, last: string): string[] {
  const months = [first];
  while (months[months.length - 1]! < last) months.push(nextMonth(months[months.length - 1]!));
  return months;
}

/**
 * Tickets by month and behaviour, for the latest `SHOWN.months` months up to the last with a ticket.
 * @example monthsOf(tickets).counts.find((c) => c.month === '2026-03' && c.behaviour === 'legal_threat')?.count
 */
export function monthsOf(tickets: readonly ReportTicket[], shown: number = SHOWN.months): Months {
  const counts = new Map<string, Map<Behaviour, number>>();
  let undated = 0;
  for (const t of tickets) {
    const at = t.context?.at;
    if (at === null || at === undefined) {
      undated++;
      continue;
    }
    const month = monthOf(at);
    const row = counts.get(month) ?? new Map<Behaviour, number>();
    row.set(t.behaviour, (row.get(t.behaviour) ?? 0) + 1);
    counts.set(month, row);
  }
  const dated = [...counts.keys()].sort();
  if (dated.length === 0) return { months: [], counts: [], earlier: 0, undated };
  const last = dated[dated.length - 1]!;
  const all = monthsBetween(dated[0]!, last);
  const months = all.slice(-shown);
  const first = months[0]!;
  let earlier = 0;
  for (const [month, row] of counts) if (month < first) for (const n of row.values()) earlier += n;
  return {
    months,
    counts: months.flatMap((month) => BEHAVIOURS.map((behaviour) => ({ month, behaviour, count: counts.get(month)?.get(behaviour) ?? 0 }))),
    earlier,
    undated,
  };
}
