import type { ZendeskComment, ZendeskData } from '../../test/helpers/fakeZendesk';
import { zendeskTicket, zendeskUser } from '../../test/helpers/fakeZendesk';
import { generateLines, seeded } from '../generate';

/** Tickets a requester has, on average: enough for histories and repeat patterns. */
const TICKETS_PER_REQUESTER = 5;
const AGENT = 1;
const START = Date.parse('2025-01-01T00:00:00Z');
const SPAN_MS = 600 * 86_400_000;

/**
 * `count` tickets as Zendesk's API holds them, from the bench's generated contexts (both languages, every
 * behaviour): requesters with lifetime values and order counts in user fields, comments with HTML bodies, times
 * spread over 600 days from 2025-01-01 so each comment has its own second.
 */
export function zendeskAccount(count: number): ZendeskData {
  const random = seeded(7);
  const requesters = Math.max(1, Math.round(count / TICKETS_PER_REQUESTER));
  const users = [zendeskUser(AGENT, null, null, { role: 'agent', name: 'Agent' })];
  for (let r = 0; r < requesters; r++) users.push(zendeskUser(100 + r, (Math.floor(random() * 300_000) / 100).toFixed(2), Math.floor(random() * 20), { locale: random() < 0.3 ? 'ar' : 'en-US' }));
  const tickets: ZendeskData['tickets'] = [];
  const comments: ZendeskComment[] = [];
  const step = SPAN_MS / count;
  let commentId = 1;
  generateLines(count, 42, false).forEach((line, i) => {
    const context = JSON.parse(line) as { ticket: { comments: { author: string; body: string }[] } };
    const created = START + i * step;
    const requester = 100 + Math.floor(random() * requesters);
    const times = context.ticket.comments.map((_, k) => new Date(created + k * (step / 4)).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    context.ticket.comments.forEach((c, k) => {
      const author = c.author === 'customer' ? requester : AGENT;
      comments.push({ id: commentId++, ticket_id: i + 1, author_id: author, body: c.body, html_body: `<div class="zd-comment"><p dir="auto">${c.body}</p></div>`, public: true, created_at: times[k]! });
    });
    tickets.push(zendeskTicket(i + 1, requester, times[0]!, { updated_at: times.at(-1)!, tags: random() < 0.05 ? ['fairline_warning'] : [], status: random() < 0.8 ? 'solved' : 'open' }));
  });
  return { tickets, users, comments };
}
