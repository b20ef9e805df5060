import { parseTicketUrl } from '../../src/report/ticketUrl';

describe('parseTicketUrl', () => {
  it('puts the ticket id, percent-encoded, where {id} is', () => {
    const result = parseTicketUrl('https://acme.zendesk.com/agent/tickets/{id}');
    expect(result.ok && result.link('123')).toBe('https://acme.zendesk.com/agent/tickets/123');
    expect(result.ok && result.link('a/../b?c#d')).toBe('https://acme.zendesk.com/agent/tickets/a%2F..%2Fb%3Fc%23d');
  });

  it('gives no link without a template', () => {
    const result = parseTicketUrl(null);
    expect(result.ok && result.link('123')).toBeNull();
  });

  it.each([
    ['https://acme.zendesk.com/agent/tickets/', /must hold \{id\}/],
    ['javascript:alert({id})', /must start with https:\/\/ or http:\/\//],
    ['not a url {id}', /is not a web address/],
  ])('refuses %j in plain words', (template, error) => {
    const result = parseTicketUrl(template);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });
});
