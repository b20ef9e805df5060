import type { ContextRead, HelpdeskAdapter, InsertBehaviour, InsertOptions } from '../../src/shared/adapter';
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

/** Zendesk's: into the editor, tags added. */
export const EDITOR: InsertBehaviour = { reply: 'editor', note: 'editor', tagsApplied: true };
/** Help Scout's by default: copied, tags only listed for the agent. */
export const CLIPBOARD: InsertBehaviour = { reply: 'clipboard', note: 'clipboard', tagsApplied: false };
/** Help Scout's when its server may write: the reply saved as a draft, the note copied, tags added. */
export const DRAFT: InsertBehaviour = { reply: 'draft', note: 'clipboard', tagsApplied: true };

/** An adapter that answers from memory, inserts as `behaviour` says, and records what the store asked of it. */
export function fakeAdapter(read: ContextRead | (() => Promise<ContextRead>), behaviour: InsertBehaviour = EDITOR) {
  const inserted: { text: string; options: InsertOptions }[] = [];
  const tagged: string[][] = [];
  const heights: number[] = [];
  const adapter: HelpdeskAdapter & { fail: Partial<Record<'insert' | 'tags', Error>> } = {
    fail: {},
    helpdesk: 'Zendesk',
    readSettings: async () => ({ companyName: 'Northwind' }),
    readAgentLocale: async () => 'en-US',
    readContext: typeof read === 'function' ? read : async () => structuredClone(read),
    insertBehaviour: async () => behaviour,
    async insertReply(text, options) {
      if (adapter.fail.insert) throw adapter.fail.insert;
      inserted.push({ text, options });
      return { mode: behaviour[options.internal ? 'note' : 'reply'] };
    },
    async addTags(tags) {
      if (adapter.fail.tags) throw adapter.fail.tags;
      tagged.push([...tags]);
      return { applied: behaviour.tagsApplied };
    },
    resize: (height) => void heights.push(height),
    onContextChange: () => () => undefined,
  };
  return { adapter, inserted, tagged, heights };
}
