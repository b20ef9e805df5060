import type { HistoryPage } from './history';

/**
 * Where a requester's history outlives the app frame: Zendesk starts a new frame for every ticket tab, so
 * reopening a ticket, or opening another one from the same requester, reads it from here instead of the API.
 */
export type HistoryStore = Pick<Storage, 'getItem' | 'setItem'>;

/** A stored history and when it was read from the API (ms since the epoch). */
export interface StoredHistory {
  page: HistoryPage;
  storedAt: number;
}

const key = (requesterId: string) => `fairline.history.${requesterId}`;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPage = (v: unknown): v is HistoryPage =>
  isRecord(v) &&
  typeof v.truncated === 'boolean' &&
  Array.isArray(v.tickets) &&
  v.tickets.every((t) => isRecord(t) && typeof t.createdAt === 'string' && Array.isArray(t.tags));
const isStored = (v: unknown): v is StoredHistory => isRecord(v) && typeof v.storedAt === 'number' && Number.isFinite(v.storedAt) && isPage(v.page);

/** The tab's sessionStorage, or nothing where the browser blocks storage in a third-party frame. */
export function sessionHistoryStore(): HistoryStore | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The stored history if it is there, readable and not older than `maxAgeMs` at `now`. */
export function storedHistory(store: HistoryStore | undefined, requesterId: string, now: number, maxAgeMs: number): StoredHistory | null {
  try {
    const raw = store?.getItem(key(requesterId));
    const stored: unknown = raw ? JSON.parse(raw) : null;
    if (!isStored(stored)) return null;
    const age = now - stored.storedAt;
    return age >= 0 && age < maxAgeMs ? stored : null;
  } catch {
    return null;
  }
}

export function storeHistory(store: HistoryStore | undefined, requesterId: string, stored: StoredHistory): void {
  try {
    store?.setItem(key(requesterId), JSON.stringify(stored));
  } catch {
    // Full or blocked storage only costs a request next time.
  }
}
