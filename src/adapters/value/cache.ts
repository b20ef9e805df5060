import type { ValueFigure } from '../../shared/valueSource';
import type { HistoryStore } from '../zendesk/historyStore';

/** How long a requester's value is trusted before the sources are asked again; the same as their history. */
export const VALUE_TTL_MS = 10 * 60_000;

/** What the sources said about one requester: the figure, or null when none knew them. */
export interface StoredValue {
  figure: ValueFigure | null;
  storedAt: number;
}

const key = (requesterId: string) => `fairline.value.${requesterId}`;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isFigure = (x: unknown): x is ValueFigure =>
  isRecord(x) && typeof x.lifetimeValue === 'number' && typeof x.source === 'string' && typeof x.readAt === 'string';
const isStored = (x: unknown): x is StoredValue => isRecord(x) && typeof x.storedAt === 'number' && (x.figure === null || isFigure(x.figure));

/**
 * Values per requester, in the tab's session store (every app frame shares it, so a reopen asks no source) and in this
 * frame's memory (a browser that stores nothing). Only answers are kept: a failure is asked again on the next load.
 */
export function createValueCache(store: HistoryStore | undefined, now: () => number) {
  const memory = new Map<string, StoredValue>();
  const fresh = (s: StoredValue | undefined | null) => (s && now() - s.storedAt >= 0 && now() - s.storedAt < VALUE_TTL_MS ? s : null);
  return {
    get(requesterId: string): StoredValue | null {
      try {
        const raw = store?.getItem(key(requesterId));
        const stored: unknown = raw ? JSON.parse(raw) : null;
        if (isStored(stored) && fresh(stored)) return stored;
      } catch {
        // Unreadable storage: this frame's memory, else the sources.
      }
      return fresh(memory.get(requesterId));
    },
    set(requesterId: string, figure: ValueFigure | null): void {
      const stored = { figure, storedAt: now() };
      memory.set(requesterId, stored);
      try {
        store?.setItem(key(requesterId), JSON.stringify(stored));
      } catch {
        // Full or blocked storage only costs a request next time.
      }
    },
  };
}

export type ValueCache = ReturnType<typeof createValueCache>;
