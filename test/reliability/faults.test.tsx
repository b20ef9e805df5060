// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import type { ApiAnswer } from '../adapters/fakeZaf';
import { zendeskWorld } from '../adapters/zendeskWorld';
import { expectWorkingPanel, never, renderFaultyPanel } from './faultyPanel';

const HISTORY_LOST = "The customer's earlier tickets could not be read, so repeat patterns and earlier warnings are not counted.";
const ticket = (id: number, createdAt = '2026-10-20T10:00:00Z') => ({ id, subject: `Ticket ${id}`, created_at: createdAt, status: 'solved', tags: [] });

/** Answers each history request from the list in turn, the last one for ever after. */
function answers(...list: ApiAnswer[]) {
  let i = 0;
  return () => list[Math.min(i++, list.length - 1)]!;
}

/** Fails the first `times` calls of a client method, then lets it through. */
function failFirst<T extends (...args: never[]) => Promise<unknown>>(method: T, times: number, fault: () => Promise<unknown>): T {
  let calls = 0;
  return ((...args: Parameters<T>) => (calls++ < times ? fault() : method(...args))) as T;
}

const ok = { status: 200, body: { tickets: [ticket(41)], meta: { has_more: false }, links: { next: null } } };

describe('rate limits on the history read', () => {
  it('waits out a 429 with a Retry-After it accepts and then reads the history', async () => {
    const { store, waits } = await renderFaultyPanel({ api: answers({ status: 429, headers: { 'Retry-After': '3' } }, ok) });
    expect(waits).toEqual([3000]);
    expect(store.getState().context?.history).toHaveLength(1);
    expect(screen.queryByText('Assessed with what could be read')).toBeNull();
    expectWorkingPanel();
  });

  it('explains a 429 whose Retry-After is longer than it waits, and still assesses the ticket', async () => {
    const { waits } = await renderFaultyPanel({ api: answers({ status: 429, headers: { 'retry-after': '120' } }) });
    expect(waits).toEqual([]);
    expect(screen.getByText(/Zendesk is busy, so the customer's earlier tickets were not read \(it asked to wait 120 s\)/)).toBeInTheDocument();
    expectWorkingPanel();
  });

  it('waits two seconds on a 429 without Retry-After and explains it once the retries run out', async () => {
    const { waits } = await renderFaultyPanel({ api: answers({ status: 429 }) });
    expect(waits).toEqual([2000, 2000]);
    expect(screen.getByText(/it asked to wait 2 s/)).toBeInTheDocument();
    expectWorkingPanel();
  });
});

describe('server errors, timeouts and broken answers', () => {
  it.each([500, 502, 503, 504])('says the earlier tickets could not be read when the history answers %i', async (status) => {
    await renderFaultyPanel({ api: answers({ status, body: { error: 'Server error' } }) });
    expect(screen.getByText(HISTORY_LOST)).toBeInTheDocument();
    expectWorkingPanel();
  });

  it('gives up on a history request that never answers after the timeout', async () => {
    await renderFaultyPanel({ sabotage: (client) => void (client.request = () => never()) });
    expect(screen.getByText(HISTORY_LOST)).toBeInTheDocument();
    expectWorkingPanel();
  });

  it('gives up on a ticket read that never answers, says Zendesk did not answer, and loads on Try again', async () => {
    const { user } = await renderFaultyPanel({ sabotage: (client) => void (client.get = failFirst(client.get, 2, never)) });
    expect(screen.getByRole('alert')).toHaveTextContent('Could not read this ticket');
    expect(screen.getByRole('alert')).toHaveTextContent('Zendesk did not answer (The helpdesk frame got no answer in 1 s).');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(expectWorkingPanel);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives up when the app settings never arrive, and asks for them again on Try again', async () => {
    const { user } = await renderFaultyPanel({ sabotage: (client) => void (client.metadata = failFirst(client.metadata, 1, never)) });
    expect(screen.getByRole('alert')).toHaveTextContent('Zendesk did not answer');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(expectWorkingPanel);
  });

  it('words the SDK’s own TimeoutError as Zendesk not answering', async () => {
    const timeout = () => Promise.reject({ name: 'TimeoutError', message: 'Timeout when invoking "get"' });
    const { user } = await renderFaultyPanel({ sabotage: (client) => void (client.get = failFirst(client.get, 2, timeout)) });
    expect(screen.getByRole('alert')).toHaveTextContent('Zendesk did not answer (Timeout when invoking "get").');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(expectWorkingPanel);
  });

  it.each([
    ['without a ticket id', (paths: Record<string, unknown>) => delete paths['ticket.id']],
    ['with nothing in it', (paths: Record<string, unknown>) => Object.keys(paths).forEach((k) => delete paths[k])],
  ])('says the answer was not in the expected shape when the ticket comes %s', async (_, breakIt) => {
    const { world, user } = await renderFaultyPanel({ sabotage: (_client, world) => void breakIt(world.paths) });
    expect(screen.getByRole('alert')).toHaveTextContent("Zendesk's answer was not in the expected shape (The open ticket could not be read).");
    Object.assign(world.paths, zendeskWorld().paths);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(expectWorkingPanel);
  });

  it.each([
    ['a body that is not a list of tickets', { status: 200, body: { tickets: 'none' } }],
    ['an empty body', { status: 200 }],
    ['a body of the wrong type', { status: 200, body: [1, 2, 3] }],
  ])('says the earlier tickets could not be read when the history comes as %s', async (_, answer) => {
    await renderFaultyPanel({ api: answers(answer) });
    expect(screen.getByText(HISTORY_LOST)).toBeInTheDocument();
    expectWorkingPanel();
  });
});

describe('partial answers', () => {
  it('leaves out comments it cannot read, says how many, and assesses the rest', async () => {
    const { store } = await renderFaultyPanel({
      sabotage: (_client, world) => {
        const comments = world.paths['ticket.comments'] as unknown[];
        comments.push({ id: 8, value: null, author: { id: 101 } }, 'garbage', { id: 9, value: '<p>x</p>' });
      },
    });
    expect(screen.getByText('3 comment(s) could not be read and were left out.')).toBeInTheDocument();
    expect(store.getState().context?.ticket.comments).toHaveLength(1);
    expectWorkingPanel();
  });

  it('keeps the history tickets it can read and drops the broken ones', async () => {
    const page = { tickets: [ticket(41), { id: 42, created_at: 'yesterday' }, null, 'x', ticket(43)], meta: { has_more: false }, links: { next: null } };
    const { store } = await renderFaultyPanel({ api: answers({ status: 200, body: page }) });
    expect(store.getState().context?.history.map((t) => t.id)).toEqual([41, 43]);
    expectWorkingPanel();
  });

  it('says the history could not be read when its second page fails', async () => {
    const first = { status: 200, body: { tickets: [ticket(41)], meta: { has_more: true }, links: { next: '/api/v2/users/101/tickets/requested.json?page[after]=x' } } };
    await renderFaultyPanel({ api: answers(first, { status: 500 }) });
    expect(screen.getByText(HISTORY_LOST)).toBeInTheDocument();
    expectWorkingPanel();
  });
});

describe('a requester deleted while the panel loads', () => {
  it('assesses the ticket without history when the requester’s history answers 404', async () => {
    await renderFaultyPanel({ api: answers({ status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }) });
    expect(screen.getByText(HISTORY_LOST)).toBeInTheDocument();
    expectWorkingPanel();
  });

  it('assesses the ticket without a profile when the requester is gone from the ticket', async () => {
    await renderFaultyPanel({ sabotage: (_client, world) => void delete world.paths['ticket.requester'] });
    expect(screen.getByText('The ticket has no requester, so there is no customer profile or history.')).toBeInTheDocument();
    expectWorkingPanel();
  });
});

describe('a ticket switched while a load is in flight', () => {
  it('shows the new ticket and never the late answer for the old one', async () => {
    let releaseOld: (answer: ApiAnswer) => void = () => undefined;
    const oldHistory = new Promise<ApiAnswer>((resolve) => (releaseOld = resolve));
    const newTicket = zendeskWorld({
      requester: { id: 202, name: 'Dana Fox' },
      comments: [{ from: 'customer', html: '<p>My lawyer will be contacting you about this order.</p>' }],
    }).paths;
    const { world, client, store, firstLoad } = await renderFaultyPanel({
      awaitLoad: false,
      timeoutMs: 10_000,
      api: (url) => (url.includes('/users/101/') ? oldHistory : ok),
    });
    await waitFor(() => expect(client.requests).toHaveLength(1));

    Object.assign(world.paths, newTicket, { 'ticket.id': 6002 });
    await act(async () => client.trigger('ticket.requester.id.changed', 202));
    await waitFor(() => expect(store.getState().context?.id).toBe('6002'));
    expect(screen.getAllByText(/Legal threat/).length).toBeGreaterThan(0);

    await act(async () => {
      releaseOld({ status: 200, body: { tickets: [ticket(1)], meta: { has_more: false }, links: { next: null } } });
      await firstLoad;
    });
    expect(store.getState().context?.id).toBe('6002');
    expect(store.getState().context?.customer.name).toBe('Dana Fox');
    expect(store.getState().assessment?.behaviour.primary).toBe('legal_threat');
    expect(screen.getByRole('textbox', { name: /Reply to the customer/ })).toHaveValue(store.getState().assessment?.response.reply);
    expectWorkingPanel();
  });
});
