import type { HistoryTicket } from '../../rules';
import type { HistoryPage } from './history';
import { storedHistory, storeHistory, type HistoryStore } from './historyStore';

/** How long a requester's history is trusted before it is read again. */
export const HISTORY_TTL_MS = 10 * 60_000;

export interface HistoryCache {
  /** The requester's history from the tab's session, this frame or `read`, never older than HISTORY_TTL_MS. */
  get(requesterId: string, read: () => Promise<HistoryPage>): Promise<HistoryPage>;
  /** Fairline added tags to `ticket`: where it is another ticket's history, it now carries them. */
  tagged(requesterId: string, ticket: HistoryTicket, tags: readonly string[]): void;
}

const sameId = (a: HistoryTicket, b: HistoryTicket) => a.id !== undefined && String(a.id) === String(b.id);

/** The page with `ticket` carrying `tags` as well; a ticket the page does not hold yet goes first, as the newest. */
function withTags(page: HistoryPage, ticket: HistoryTicket, tags: readonly string[]): HistoryPage {
  const merge = (t: HistoryTicket) => ({ ...t, tags: [...new Set([...t.tags, ...tags])] });
  const held = page.tickets.some((t) => sameId(t, ticket));
  return { ...page, tickets: held ? page.tickets.map((t) => (sameId(t, ticket) ? merge(t) : t)) : [merge(ticket), ...page.tickets] };
}

/**
 * Histories per requester, in the tab's session store (shared by every app frame, so a reopen asks the API
 * nothing) and in this frame's memory (a read in flight, or a browser that stores nothing). The session store
 * wins while fresh: another frame may have tagged a ticket since this one read.
 */
export function createHistoryCache(store: HistoryStore | undefined, now: () => number): HistoryCache {
  // `read` is the API read an entry started from, kept through later tags so a failed read is still dropped.
  const memory = new Map<string, { page: Promise<HistoryPage>; at: number; read: Promise<HistoryPage> }>();

  return {
    get(requesterId, read) {
      const at = now();
      const stored = storedHistory(store, requesterId, at, HISTORY_TTL_MS);
      if (stored) return Promise.resolve(stored.page);
      const held = memory.get(requesterId);
      if (held && at - held.at < HISTORY_TTL_MS) return held.page;
      const page = read();
      memory.set(requesterId, { page, at, read: page });
      // A failed read is dropped so the next load tries again.
      page.then(
        (found) => storeHistory(store, requesterId, { page: found, storedAt: at }),
        () => memory.get(requesterId)?.read === page && memory.delete(requesterId),
      );
      return page;
    },
    tagged(requesterId, ticket, tags) {
      const stored = storedHistory(store, requesterId, now(), HISTORY_TTL_MS);
      if (stored) storeHistory(store, requesterId, { ...stored, page: withTags(stored.page, ticket, tags) });
      const held = memory.get(requesterId);
      if (!held) return;
      const page = held.page.then((found) => withTags(found, ticket, tags));
      memory.set(requesterId, { ...held, page });
      // A read still in flight stores what it found when it lands; the tagged page follows it.
      page.then(
        (found) => {
          if (!stored) storeHistory(store, requesterId, { page: found, storedAt: held.at });
        },
        () => undefined,
      );
    },
  };
}
