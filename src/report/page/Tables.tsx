import { netCost } from '../customers';
import { SHOWN } from '../data/limits';
import { CustomerName, money, More, TicketRef } from './parts';
import type { ReactNode } from 'react';
import type { PageView } from './view';

interface TableSectionProps {
  id: string;
  title: string;
  intro?: string;
  /** Said instead of the table when there is no row. */
  none: string;
  headings: readonly string[];
  rows: readonly ReactNode[];
  /** How many rows there are in all, the file that holds every one, and how to say so. */
  more: { total: number; file: string; view: PageView };
}

/** One of the report's tables: a heading, a line of introduction, the first rows, and where the rest are. */
function TableSection({ id, title, intro, none, headings, rows, more }: TableSectionProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro !== undefined && <p className="note">{intro}</p>}
      {rows.length === 0 ? (
        <p>{none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {headings.map((heading) => (
                <th key={heading} scope="col">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      )}
      <More shown={rows.length} total={more.total} file={more.file} view={more.view} />
    </section>
  );
}

export function DrainsTable({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const t = texts.drains;
  const rows = figures.drains.slice(0, SHOWN.drains).map((c) => (
    <tr key={c.key}>
      <td><CustomerName customer={c} view={view} /></td>
      <td className="number">{formats.number(c.tickets)}</td>
      <td className="number">{money(view, c.value)}</td>
      <td className="number">{formats.number(c.supportCost)}</td>
      <td className="number">{c.value !== null && c.value > 0 ? `${formats.number(c.supportCost / c.value, 1)}×` : texts.noValue}</td>
      <td className="number">{formats.number(netCost(c))}</td>
      <td><TicketRef ticket={c.latest} view={view} /></td>
    </tr>
  ));
  const headings = [t.customer, t.tickets, t.value, t.cost, t.ratio, t.net, t.latest];
  return <TableSection id="drains" title={t.title} none={t.none} headings={headings} rows={rows} more={{ total: figures.drains.length, file: view.files.drains, view }} />;
}

export function EscalationsTable({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const t = texts.escalations;
  const rows = figures.escalations.slice(0, SHOWN.escalations).map((e, k) => (
    <tr key={k}>
      <td className="number">{e.context?.at != null ? formats.date(e.context.at) : texts.unknown}</td>
      <td><TicketRef ticket={e} view={view} /></td>
      <td>{e.context?.customerKey ? <CustomerName customer={{ name: e.context.customerName, key: e.context.customerKey }} view={view} /> : texts.unknown}</td>
      <td>{texts.behaviours[e.behaviour]}</td>
      <td className="evidence">{e.evidence === null ? texts.unknown : <bdi><q>{e.evidence}</q></bdi>}</td>
      <td>{texts.actions[e.action]}</td>
    </tr>
  ));
  const headings = [t.date, t.ticket, t.customer, t.behaviour, t.evidence, t.action];
  return <TableSection id="escalations" title={t.title} intro={t.intro} none={t.none} headings={headings} rows={rows} more={{ total: figures.escalations.length, file: view.files.escalations, view }} />;
}

export function GoodwillTable({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const t = texts.goodwill;
  const rows = figures.goodwill.slice(0, SHOWN.goodwill).map((c) => (
    <tr key={c.key}>
      <td><CustomerName customer={c} view={view} /></td>
      <td>{texts.tiers[c.tier]}</td>
      <td className="number">{money(view, c.value)}</td>
      <td className="number">{formats.number(c.goodwill)}</td>
      <td><TicketRef ticket={c.latest} view={view} /></td>
    </tr>
  ));
  const headings = [t.customer, t.tier, t.value, t.times, t.latest];
  return <TableSection id="goodwill" title={t.title} intro={t.intro} none={t.none} headings={headings} rows={rows} more={{ total: figures.goodwill.length, file: view.files.goodwill, view }} />;
}
