import { netCost } from '../customers';
import { SHOWN } from '../data/limits';
import { CustomerName, money, More, TicketRef } from './parts';
import type { PageView } from './view';

export function DrainsTable({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const t = texts.drains;
  const rows = figures.drains.slice(0, SHOWN.drains);
  return (
    <section aria-labelledby="drains">
      <h2 id="drains">{t.title}</h2>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.customer}</th>
              <th scope="col">{t.tickets}</th>
              <th scope="col">{t.value}</th>
              <th scope="col">{t.cost}</th>
              <th scope="col">{t.ratio}</th>
              <th scope="col">{t.net}</th>
              <th scope="col">{t.latest}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.key}>
                <td><CustomerName customer={c} view={view} /></td>
                <td className="number">{formats.number(c.tickets)}</td>
                <td className="number">{money(view, c.value)}</td>
                <td className="number">{formats.number(c.supportCost)}</td>
                <td className="number">{c.value !== null && c.value > 0 ? `${formats.number(c.supportCost / c.value, 1)}×` : texts.noValue}</td>
                <td className="number">{formats.number(netCost(c))}</td>
                <td><TicketRef ticket={c.latest} view={view} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <More shown={rows.length} total={figures.drains.length} file={view.files.drains} view={view} />
    </section>
  );
}

export function EscalationsTable({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const t = texts.escalations;
  const rows = figures.escalations.slice(0, SHOWN.escalations);
  return (
    <section aria-labelledby="escalations">
      <h2 id="escalations">{t.title}</h2>
      <p className="note">{t.intro}</p>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.ticket}</th>
              <th scope="col">{t.customer}</th>
              <th scope="col">{t.behaviour}</th>
              <th scope="col">{t.evidence}</th>
              <th scope="col">{t.action}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e, k) => (
              <tr key={k}>
                <td className="number">{e.context?.at != null ? formats.date(e.context.at) : texts.unknown}</td>
                <td><TicketRef ticket={e} view={view} /></td>
                <td>{e.context?.customerKey ? <CustomerName customer={{ name: e.context.customerName, key: e.context.customerKey }} view={view} /> : texts.unknown}</td>
                <td>{texts.behaviours[e.behaviour]}</td>
                <td className="evidence">{e.evidence === null ? texts.unknown : <bdi><q>{e.evidence}</q></bdi>}</td>
                <td>{texts.actions[e.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <More shown={rows.length} total={figures.escalations.length} file={view.files.escalations} view={view} />
    </section>
  );
}

export function GoodwillTable({ view }: { view: PageView }) {
  const { texts, formats, figures } = view;
  const t = texts.goodwill;
  const rows = figures.goodwill.slice(0, SHOWN.goodwill);
  return (
    <section aria-labelledby="goodwill">
      <h2 id="goodwill">{t.title}</h2>
      <p className="note">{t.intro}</p>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.customer}</th>
              <th scope="col">{t.tier}</th>
              <th scope="col">{t.value}</th>
              <th scope="col">{t.times}</th>
              <th scope="col">{t.latest}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.key}>
                <td><CustomerName customer={c} view={view} /></td>
                <td>{texts.tiers[c.tier]}</td>
                <td className="number">{money(view, c.value)}</td>
                <td className="number">{formats.number(c.goodwill)}</td>
                <td><TicketRef ticket={c.latest} view={view} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <More shown={rows.length} total={figures.goodwill.length} file={view.files.goodwill} view={view} />
    </section>
  );
}
