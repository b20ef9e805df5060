import type { Language } from '../rules';

/** Numbers and dates as a reader of the language writes them; dates in UTC, as the months are counted. */
export interface Formats {
  number(value: number, digits?: number): string;
  date(at: number): string;
  month(month: string): string;
}

export function formatsFor(language: Language): Formats {
  const numbers = [0, 1, 2].map((digits) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }));
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    number: (value, digits = 0) => numbers[digits]!.format(value),
    date: (at) => dates.format(at),
    month: (month) => months.format(Date.parse(`${month}-01T00:00:00Z`)),
  };
}

/** A text with its `{name}` slots filled; a slot without a value stays as written, so a test can see it. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
