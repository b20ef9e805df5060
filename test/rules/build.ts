import type { Comment, HistoryTicket, TicketContext } from '../../src/rules';

export const NOW = new Date('2026-11-01T12:00:00Z');

/** `days` before NOW, as ISO time. */
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

export interface ContextOptions {
  comments?: (string | Comment)[];
  lifetimeValue?: number | null;
  orderCount?: number | null;
  locale?: string;
  name?: string;
  customerTags?: string[];
  ticketTags?: string[];
  history?: Partial<HistoryTicket>[];
}

/** A valid TicketContext with customer comments from plain strings. */
export function context(options: ContextOptions = {}): TicketContext {
  return {
    id: 'case-1',
    ticket: {
      id: 1,
      subject: 'Help',
      tags: options.ticketTags ?? [],
      comments: (options.comments ?? ['Hello']).map((c) => (typeof c === 'string' ? { author: 'customer', body: c } : c)),
    },
    customer: {
      name: options.name ?? 'Alex Morgan',
      locale: options.locale ?? 'en-US',
      lifetimeValue: options.lifetimeValue === undefined ? 120 : options.lifetimeValue,
      orderCount: options.orderCount === undefined ? 2 : options.orderCount,
      tags: options.customerTags ?? [],
    },
    history: (options.history ?? []).map((h, i) => ({ id: `h${i}`, subject: 'Earlier', createdAt: daysAgo(3), tags: [], ...h })),
  };
}

/** `n` earlier tickets, one a day, starting yesterday. */
export const earlierTickets = (n: number, tags: string[] = []) => Array.from({ length: n }, (_, i) => ({ createdAt: daysAgo(i + 1), tags }));
