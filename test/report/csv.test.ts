import { parse } from 'csv-parse/sync';
import { escalationsCsv, toCsv } from '../../src/report/csv';
import { REPORT_EN } from '../../src/report/data/texts-en';
import { ticket } from './fixtures';

describe('toCsv', () => {
  it('quotes by RFC 4180: commas, quotes and line breaks inside a field, CRLF between records', () => {
    const csv = toCsv(['name', 'words'], [['Lee, Sam', 'she said "no"\nthen left'], ['Ana', null]]);
    expect(csv).toBe('\ufeffname,words\r\n"Lee, Sam","she said ""no""\nthen left"\r\nAna,\r\n');
  });

  it.each(['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'keeps a spreadsheet from running %j as a formula',
    (cell) => {
      const [, row] = parse(toCsv(['words'], [[cell]]), { bom: true, relax_quotes: true }) as string[][];
      expect(row![0]).toBe(`'${cell}`);
    },
  );

  it('leaves numbers, negative ones too, as numbers', () => {
    expect(toCsv(['value'], [[-20], [3.5]])).toBe('\ufeffvalue\r\n-20\r\n3.5\r\n');
  });
});

describe('escalationsCsv', () => {
  it('holds every escalation with its date, ticket, customer and words, read back as written', () => {
    const t = ticket('42', 'cust-1', '2026-03-04T10:00:00Z', { behaviour: 'legal_threat', action: 'terminate_legal', evidence: 'my lawyer, "Bob"' });
    const rows = parse(escalationsCsv([t], REPORT_EN), { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Date', 'Ticket', 'Customer', 'id', 'Behaviour', 'Their words', 'Suggested response'],
      ['2026-03-04', '42', 'Name of cust-1', 'cust-1', 'Legal threat', 'my lawyer, "Bob"', 'End the relationship; counsel takes over'],
    ]);
  });
});
