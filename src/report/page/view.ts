import type { Language } from '../../rules';
import type { ReportTexts } from '../data/texts';
import type { Figures } from '../figures';
import type { Formats } from '../format';
import type { TicketLink } from '../ticketUrl';

/** Everything the page shows, figures computed and charts drawn: the components only lay it out. */
export interface PageView {
  language: Language;
  texts: ReportTexts;
  formats: Formats;
  link: TicketLink;
  figures: Figures;
  drainRatio: number;
  /** SVG text drawn by the chart library, or null when there is nothing to draw. */
  charts: { months: string | null; scatter: string | null };
  /** The names of the input files and of the CSV files written beside the page. */
  files: { assessments: string; contexts: string; drains: string; escalations: string; goodwill: string };
  /** Lines of the assessments that were `assess` errors, not assessments. */
  notAssessed: number;
  generatedAt: number;
}
