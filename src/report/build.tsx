import { renderToStaticMarkup } from 'react-dom/server';
import type { Language } from '../rules';
import { monthsSpec, renderSvg, scatterSpec } from './charts';
import { drainsCsv, escalationsCsv, goodwillCsv } from './csv';
import { REPORT_TEXTS } from './data/texts';
import { computeFigures } from './figures';
import { formatsFor } from './format';
import { Page } from './page/Page';
import type { TicketLink } from './ticketUrl';
import type { ReportTicket } from './types';

export interface ReportOptions {
  language: Language;
  drainRatio: number;
  link: TicketLink;
  /** The input files' names, as the footer names them, and the CSV files' names, as the page links them. */
  files: { assessments: string; contexts: string; drains: string; escalations: string; goodwill: string };
  notAssessed: number;
  /** When the report is made (ms since 1970): passed in, so the same input makes the same report. */
  generatedAt: number;
}

export interface Report {
  html: string;
  csv: { drains: string; escalations: string; goodwill: string };
}

/**
 * The report of the joined tickets: one self-contained HTML page (charts drawn here, as inline SVG) and the CSV
 * files of its tables.
 */
export async function buildReport(tickets: readonly ReportTicket[], options: ReportOptions): Promise<Report> {
  const texts = REPORT_TEXTS[options.language];
  const formats = formatsFor(options.language);
  const figures = computeFigures(tickets, { drainRatio: options.drainRatio });
  const hasMonths = figures.months.counts.some((c) => c.count > 0 && c.behaviour !== 'legitimate');
  const charts = {
    months: hasMonths ? await renderSvg(monthsSpec(figures.months, texts, formats)) : null,
    scatter: figures.scatter.points.length > 0 ? await renderSvg(scatterSpec(figures.scatter, options.drainRatio, texts)) : null,
  };
  const view = { ...options, texts, formats, figures, charts };
  return {
    html: `<!DOCTYPE html>\n${renderToStaticMarkup(<Page view={view} />)}\n`,
    csv: { drains: drainsCsv(figures.drains, texts), escalations: escalationsCsv(figures.escalations, texts), goodwill: goodwillCsv(figures.goodwill, texts) },
  };
}
