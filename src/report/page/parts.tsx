import type { CustomerFigures } from '../customers';
import type { ReportTicket } from '../types';
import { Fill } from './Fill';
import type { PageView } from './view';

// Customer-supplied text (names, ids, their words) goes in <bdi>: a bidi control or a right-to-left name can then
// never reorder the text around it. React escapes it; nothing from the input is ever markup.

/** The helpdesk's ticket id, linked when a --ticket-url template was given. */
export function TicketRef({ ticket, view }: { ticket: ReportTicket; view: PageView }) {
  const id = ticket.context?.ticketId ?? ticket.id;
  const href = view.link(id);
  const text = <bdi>{id}</bdi>;
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    text
  );
}

/** A customer's name, and their id or email under it. */
export function CustomerName({ customer, view }: { customer: Pick<CustomerFigures, 'name' | 'key'>; view: PageView }) {
  return (
    <>
      <bdi>{customer.name ?? view.texts.unnamed}</bdi>
      {customer.name !== customer.key && (
        <>
          <br />
          <bdi className="key">{customer.key}</bdi>
        </>
      )}
    </>
  );
}

/** A link to one of the CSV files written beside the page. */
const CsvLink = ({ file }: { file: string }) => (
  <a href={encodeURIComponent(file)} download>
    <bdi>{file}</bdi>
  </a>
);

/** "25 of 310 shown; every one is in drains.csv", when the table is cut short; else the link to the CSV file. */
export function More({ shown, total, file, view }: { shown: number; total: number; file: string; view: PageView }) {
  const { texts, formats } = view;
  const link = <CsvLink file={file} />;
  if (total <= shown) return <p className="note"><Fill text={texts.csvLink} values={{ file: link }} /></p>;
  return <p className="note"><Fill text={texts.more} values={{ shown: formats.number(shown), total: formats.number(total), file: link }} /></p>;
}

export const money = (view: PageView, value: number | null) => (value === null ? view.texts.unknown : view.formats.number(value));
