/** A link to a ticket in the helpdesk, from a template such as `https://acme.zendesk.com/agent/tickets/{id}`. */
export type TicketLink = (ticketId: string) => string | null;

export type TicketUrlResult = { ok: true; link: TicketLink } | { ok: false; error: string };

/**
 * Checks a `--ticket-url` template: an http or https address with `{id}` in it. The id is percent-encoded where it
 * goes, so a ticket id can never change the address's host or make it a `javascript:` link.
 * @example parseTicketUrl('https://acme.zendesk.com/agent/tickets/{id}') // ok; link('42') is …/tickets/42
 */
export function parseTicketUrl(template: string | null): TicketUrlResult {
  if (template === null) return { ok: true, link: () => null };
  if (!template.includes('{id}')) return { ok: false, error: `--ticket-url must hold {id} where the ticket's id goes (got "${template}").` };
  let url: URL;
  try {
    url = new URL(template.replaceAll('{id}', '0'));
  } catch {
    return { ok: false, error: `--ticket-url is not a web address (got "${template}").` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: `--ticket-url must start with https:// or http:// (got "${template}").` };
  return { ok: true, link: (ticketId) => template.replaceAll('{id}', encodeURIComponent(ticketId)) };
}
