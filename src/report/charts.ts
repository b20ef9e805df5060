import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { BEHAVIOURS } from '../rules';
import { BEHAVIOUR_COLOURS, CHART_FONT, DRAIN_MARKS } from './data/colours';
import type { ReportTexts } from './data/texts';
import type { Formats } from './format';
import type { Months } from './months';
import type { Scatter } from './scatter';

const WIDTH = 760;
const CONFIG = { font: CHART_FONT, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 }, legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 } };

/** Draws a Vega-Lite chart as SVG text, in Node, with no page, canvas or network: the report carries it inline. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Stacked bars of each month's tickets by behaviour, legitimate requests left out so that the others show. */
export function monthsSpec(months: Months, texts: ReportTexts, formats: Formats): TopLevelSpec {
  const shown = BEHAVIOURS.filter((b) => b !== 'legitimate');
  const labels = months.months.map(formats.month);
  const values = months.counts
    .filter((c) => c.count > 0 && c.behaviour !== 'legitimate')
    .map((c) => ({ month: formats.month(c.month), behaviour: texts.behaviours[c.behaviour], order: BEHAVIOURS.indexOf(c.behaviour), count: c.count }));
  return {
    description: texts.months.description,
    width: WIDTH,
    height: 260,
    config: CONFIG,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'month', type: 'ordinal', title: texts.months.axisMonth, scale: { domain: labels }, axis: { labelAngle: labels.length > 8 ? -40 : 0 } },
      y: { field: 'count', type: 'quantitative', stack: 'zero', title: texts.months.axisTickets },
      color: {
        field: 'behaviour',
        type: 'nominal',
        title: texts.months.legend,
        scale: { domain: shown.map((b) => texts.behaviours[b]), range: shown.map((b) => BEHAVIOUR_COLOURS[b]) },
      },
      order: { field: 'order', type: 'quantitative' },
    },
  };
}

/** Customers by lifetime value and cost to serve on log scales, drains marked, with the line where drains begin. */
export function scatterSpec(scatter: Scatter, drainRatio: number, texts: ReportTexts): TopLevelSpec {
  const t = texts.scatter;
  const values = scatter.points.map((p) => ({ ...p, kind: p.drain ? t.drain : t.notDrain }));
  // The drain line is drawn only across the points' own ranges, so that it never stretches the cost axis.
  const xs = scatter.points.map((p) => p.value);
  const ys = scatter.points.map((p) => p.cost);
  const low = Math.max(Math.min(...xs), Math.min(...ys) / drainRatio);
  const high = Math.min(Math.max(...xs), Math.max(...ys) / drainRatio);
  const x = { field: 'value', type: 'quantitative', title: t.axisValue, scale: { type: 'log' } } as const;
  const y = { field: 'cost', type: 'quantitative', title: t.axisCost, scale: { type: 'log' } } as const;
  const points = {
    data: { values },
    // One point can stand for many customers: the chart's description speaks for them, not each point.
    mark: { type: 'point' as const, filled: true, opacity: 0.65, aria: false },
    encoding: {
      x,
      y,
      color: { field: 'kind', type: 'nominal' as const, title: t.legend, scale: { domain: [t.drain, t.notDrain], range: [DRAIN_MARKS.drain.colour, DRAIN_MARKS.other.colour] } },
      shape: { field: 'kind', type: 'nominal' as const, title: t.legend, scale: { domain: [t.drain, t.notDrain], range: [DRAIN_MARKS.drain.shape, DRAIN_MARKS.other.shape] } },
      size: { field: 'customers', type: 'quantitative' as const, title: t.size, scale: { range: [25, 400], zero: false }, legend: { format: 'd', tickMinStep: 1 } },
    },
  };
  // Where a customer becomes a drain; a ratio of 0 (every customer a drain) has no such line on a log scale.
  const line = {
    data: { values: [{ value: low, cost: low * drainRatio }, { value: high, cost: high * drainRatio }] },
    mark: { type: 'line' as const, color: DRAIN_MARKS.line, strokeDash: [5, 4], strokeWidth: 1.5, aria: false },
    encoding: { x, y },
  };
  return { description: t.description, width: WIDTH, height: 360, config: CONFIG, layer: drainRatio > 0 && low < high ? [points, line] : [points] };
}
