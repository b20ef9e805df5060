const DAY_MS = 86_400_000;

/** Whether `iso` falls within the `days` before `now` (inclusive; a time after `now` counts as inside). */
export function withinDays(iso: string | undefined, now: Date, days: number): boolean {
  if (iso === undefined) return false;
  const at = Date.parse(iso);
  return !Number.isNaN(at) && now.getTime() - at <= days * DAY_MS;
}

/** `now` plus `days`, as a calendar date (YYYY-MM-DD, UTC). */
export function addDays(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}
