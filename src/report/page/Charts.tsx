import { fill } from '../format';
import type { PageView } from './view';

/** An SVG the chart library drew (it escapes every text it draws), kept left to right in either language. */
function Chart({ svg, label }: { svg: string; label: string }) {
  return <figure className="chart" dir="ltr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

export function MonthsChart({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const t = texts.months;
  const { months } = figures;
  const n = formats.number;
  return (
    <section aria-labelledby="months">
      <h2 id="months">{t.title}</h2>
      {view.charts.months ? <Chart svg={view.charts.months} label={t.description} /> : <p>{t.none}</p>}
      <p className="note">{fill(t.legitimateLeftOut, { count: n(figures.behaviours.legitimate) })}</p>
      {months.earlier > 0 && months.months[0] && <p className="note">{fill(t.earlier, { count: n(months.earlier), month: formats.month(months.months[0]) })}</p>}
      {months.undated > 0 && <p className="note">{fill(t.undated, { count: n(months.undated) })}</p>}
    </section>
  );
}

export function ScatterChart({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const t = texts.scatter;
  return (
    <section aria-labelledby="scatter">
      <h2 id="scatter">{t.title}</h2>
      {view.charts.scatter ? <Chart svg={view.charts.scatter} label={t.description} /> : <p>{t.none}</p>}
      <p className="note">{fill(t.note, { ratio: formats.number(view.drainRatio, 2) })}</p>
      {figures.scatter.notPlotted > 0 && <p className="note">{fill(t.notPlotted, { count: formats.number(figures.scatter.notPlotted) })}</p>}
    </section>
  );
}
