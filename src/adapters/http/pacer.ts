/**
 * Keeps requests within a per-minute budget (Zendesk's export endpoints allow 10 a minute): each request starts no
 * sooner than 60 000 / perMinute ms after the one before. The clock and the wait are passed in.
 */
export function pacer(perMinute: number, now: () => number, sleep: (ms: number) => Promise<void>): () => Promise<void> {
  const gapMs = 60_000 / perMinute;
  let next = Number.NEGATIVE_INFINITY;
  return async () => {
    const at = now();
    const start = Math.max(at, next);
    next = start + gapMs;
    if (start > at) await sleep(start - at);
  };
}
