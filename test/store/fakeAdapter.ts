import type { ContextRead, HelpdeskAdapter, InsertOptions } from '../../src/adapters/types';
import type { TicketContext } from '../../src/rules';

export const NOW = new Date('2026-11-01T12:00:00Z');

export function ticketContext(body: string, customer: Partial<TicketContext['customer']> = {}): TicketContext {
  return {
    id: '5001',
    ticket: { id: 5001, subject: 'Help', tags: [], comments: [{ author: 'customer', body }] },
    customer: { id: 101, name: 'Marcus Bell', locale: 'en-US', lifetimeValue: 189, orderCount: 3, tags: [], ...customer },
    history: [],
  };
}

/** An adapter that answers from memory and records what the store asked of it. */
export function fakeAdapter(read: ContextRead | (() => Promise<ContextRead>)) {
  const inserted: { text: string; options: InsertOptions }[] = [];
  const tagged: string[][] = [];
  const heights: number[] = [];
  const adapter: HelpdeskAdapter & { fail: Partial<Record<'insert' | 'tags', Error>> } = {
    fail: {},
    readSettings: async () => ({ companyName: 'Northwind' }),
    readAgentLocale: async () => 'en-US',
    readContext: typeof read === 'function' ? read : async () => structuredClone(read),
    async insertReply(text, options) {
      if (adapter.fail.insert) throw adapter.fail.insert;
      inserted.push({ text, options });
    },
    async addTags(tags) {
      if (adapter.fail.tags) throw adapter.fail.tags;
      tagged.push([...tags]);
    },
    resize: (height) => void heights.push(height),
    onContextChange: () => () => undefined,
  };
  return { adapter, inserted, tagged, heights };
}
