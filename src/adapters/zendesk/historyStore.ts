import type { HistoryPage } from './history';

/**
 * Where a requester's history outlives the app frame: Zendesk starts a new frame for every ticket tab, so
 * reopening a ticket, or opening another one from the same requester, reads it from here instead of the API.
 */
export type HistoryStore = Pick<Storage, 'getItem' | 'setItem'>;

const key = (requesterId: string) => `fairline.history.${requesterId}`;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPage = (v: unknown): v is HistoryPage =>
  isRecord(v) &&
  typeof v.truncated === 'boolean' &&
  Array.isArray(v.tickets) &&
  v.tickets.every((t) => isRecord(t) && typeof t.createdAt === 'string' && Array.isArray(t.tags));

/** The tab's sessionStorage, or nothing where the browser blocks storage in a third-party frame. */
export function sessionHistoryStore(): HistoryStore | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function storedHistory(store: HistoryStore | undefined, requesterId: string): HistoryPage | null {
  try {
    const raw = store?.getItem(key(requesterId));
    const page: unknown = raw ? JSON.parse(raw) : null;
    return isPage(page) ? page : null;
  } catch {
    return null;
  }
}

export function storeHistory(store: HistoryStore | undefined, requesterId: string, page: HistoryPage): void {
  try {
    store?.setItem(key(requesterId), JSON.stringify(page));
  } catch {
    // Full or blocked storage only costs a request next time.
  }
}
