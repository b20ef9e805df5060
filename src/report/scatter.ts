import type { CustomerFigures } from './customers';
import { SCATTER_SIGNIFICANT_DIGITS } from './data/limits';

/** One point of the cost-against-value chart: the customers of about this value and this cost. */
export interface ScatterPoint {
  value: number;
  cost: number;
  drain: boolean;
  customers: number;
}

export interface Scatter {
  points: ScatterPoint[];
  /** Customers a log scale cannot place: lifetime value unknown, 0 or below, or no cost to serve. */
  notPlotted: number;
}

const rounded = (x: number) => Number(x.toPrecision(SCATTER_SIGNIFICANT_DIGITS));

/**
 * Customers by cost to serve against lifetime value. Those of about the same value (two significant digits) and
 * the same cost are one point, so that the chart stays small for any number of customers; a drain and a customer
 * who is not are never merged.
 */
export function scatterOf(customers: readonly CustomerFigures[]): Scatter {
  const points = new Map<string, ScatterPoint>();
  let notPlotted = 0;
  for (const c of customers) {
    if (c.value === null || c.value <= 0 || c.supportCost <= 0) {
      notPlotted++;
      continue;
    }
    const value = rounded(c.value);
    const key = `${value}|${c.supportCost}|${c.drain}`;
    const point = points.get(key);
    if (point) point.customers++;
    else points.set(key, { value, cost: c.supportCost, drain: c.drain, customers: 1 });
  }
  return { points: [...points.values()], notPlotted };
}
