import type { Language } from '../../rules';
import { REPORT_AR } from './texts-ar';
import { REPORT_EN, type ReportTexts } from './texts-en';

export type { ReportTexts };

/** The report's words in each language. */
export const REPORT_TEXTS: Record<Language, ReportTexts> = { en: REPORT_EN, ar: REPORT_AR };
