import { fill } from '../format';
import { MonthsChart, ScatterChart } from './Charts';
import { Fill } from './Fill';
import { Headline } from './Headline';
import { CONTENT_SECURITY_POLICY, STYLE } from './style';
import { DrainsTable, EscalationsTable, GoodwillTable } from './Tables';
import type { PageView } from './view';

function Period({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const { months } = figures.months;
  const tickets = formats.number(figures.headline.tickets);
  const [first, last] = [months[0], months[months.length - 1]];
  if (!first || !last || figures.months.earlier > 0) return <p>{fill(texts.undatedPeriod, { tickets })}</p>;
  return <p>{fill(texts.period, { tickets, first: formats.month(first), last: formats.month(last) })}</p>;
}

function Notes({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const t = texts.notes;
  const n = formats.number;
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">{t.title}</h2>
      <p className="note">{t.costs}</p>
      {figures.withoutContext > 0 && <p className="note">{fill(t.withoutContext, { count: n(figures.withoutContext) })}</p>}
      {figures.withoutCustomer > 0 && <p className="note">{fill(t.withoutCustomer, { count: n(figures.withoutCustomer) })}</p>}
      {view.notAssessed > 0 && <p className="note">{fill(t.notAssessed, { count: n(view.notAssessed) })}</p>}
    </section>
  );
}

/** The whole report: one document with its styles and charts inline, nothing to load. */
export function Page({ view }: { view: PageView }) {
  const { texts, language } = view;
  return (
    <html lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{texts.title}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <main>
          <header>
            <h1>{texts.title}</h1>
            <Period view={view} />
          </header>
          <Headline view={view} />
          <MonthsChart view={view} />
          <ScatterChart view={view} />
          <DrainsTable view={view} />
          <EscalationsTable view={view} />
          <GoodwillTable view={view} />
          <Notes view={view} />
          <footer>
            <Fill text={texts.footer} values={{ date: view.formats.date(view.generatedAt), assessments: <bdi>{view.files.assessments}</bdi>, contexts: <bdi>{view.files.contexts}</bdi> }} />
          </footer>
        </main>
      </body>
    </html>
  );
}
