import axios from 'axios';
import { createHelpScoutAdapter } from '../../src/adapters/helpscout/adapter';
import { companionClient } from '../../src/adapters/helpscout/companion';
import type { HelpdeskAdapter } from '../../src/shared/adapter';
import { createZendeskAdapter } from '../../src/adapters/zendesk/adapter';
import { assess, parseSettings, parseTicketContext } from '../../src/rules';
import { OPEN_TICKETS } from '../../src/workspace/demo/tickets';
import { faultsFromUrl } from '../../src/workspace/faults';
import { sdkContext } from '../../src/workspace/helpscout/model';
import { createWorkspace, zafTicket } from '../../src/workspace/model';
import { answerRequest } from '../../src/workspace/zendeskApi';
import { NOW, startWorld, type World } from '../companion/world';
import { fakeSdk } from './fakeHelpScout';
import { fakeZafClient } from './fakeZaf';

const SETTINGS = { companyName: 'Northwind Outfitters', agentName: 'Jordan', docsUrl: 'https://help.northwind.example', businessType: 'service' };
const noFaults = faultsFromUrl('');

/** The Zendesk adapter over the demo workspace, answering as the local Zendesk workspace does. */
function zendesk(ticketId: number): HelpdeskAdapter {
  const w = createWorkspace(NOW);
  const ticket = zafTicket(w, ticketId, noFaults)!;
  const paths: Record<string, unknown> = { 'currentUser.locale': 'en-US' };
  for (const [key, value] of Object.entries(ticket)) paths[`ticket.${key}`] = value;
  for (const [key, value] of Object.entries((ticket.requester ?? {}) as Record<string, unknown>)) paths[`ticket.requester.${key}`] = value;
  const stats = { log: [], rateLimitedInARow: 0 };
  const client = fakeZafClient({ paths, settings: SETTINGS, api: (url) => answerRequest(w, { url }, noFaults, stats) });
  return createZendeskAdapter({ client, now: () => new Date(NOW) });
}

/**
 * The Help Scout adapter over the same demo data: SDK context, then the companion server over a fake Mailbox API,
 * with the session token of a signed load for that conversation and its customer, as Help Scout would sign it.
 */
async function helpScout(world: World, ticketId: number): Promise<HelpdeskAdapter> {
  const w = createWorkspace(NOW);
  const http = axios.create({ baseURL: `${world.url}/` });
  const token = await world.token({ 'conversation-id': String(ticketId), 'customer-id': String(w.tickets.get(ticketId)!.requesterId), 'mailbox-id': '7001' });
  return createHelpScoutAdapter({ sdk: fakeSdk(sdkContext(w, ticketId)), companion: companionClient(token, http), locale: () => 'en-US' });
}

async function assessment(adapter: HelpdeskAdapter) {
  const [settings, read] = await Promise.all([adapter.readSettings(), adapter.readContext()]);
  const checked = parseTicketContext(read.context);
  if (!checked.ok) throw new Error(checked.error);
  return assess(checked.context, parseSettings(settings).settings, new Date(NOW));
}

let world: World;
beforeAll(async () => {
  world = await startWorld({ FAIRLINE_SETTINGS: JSON.stringify(SETTINGS) });
});
afterAll(async () => world.close());

describe('the same demo tickets in Zendesk and in Help Scout', () => {
  it('has demo tickets to compare', () => {
    expect(OPEN_TICKETS.length).toBeGreaterThanOrEqual(16);
  });

  it.each(OPEN_TICKETS.map((t) => [t.id, t.subject] as const))('assesses ticket %i (%s) identically in both helpdesks', async (id) => {
    const [fromZendesk, fromHelpScout] = await Promise.all([assessment(zendesk(id)), assessment(await helpScout(world, id))]);
    expect(fromHelpScout).toEqual(fromZendesk);
  });

  it('covers more than one action across the demo tickets, so agreement is not trivial', async () => {
    const actions = new Set<string>();
    for (const t of OPEN_TICKETS.slice(0, 8)) actions.add((await assessment(zendesk(t.id))).response.action);
    expect(actions.size).toBeGreaterThan(3);
  });
});
