const DAY_MS = 86_400_000;

/** How long before `now` an ISO time lies, in milliseconds (negative when after it), or null when it is not a time. */
export function ageMs(iso: string | undefined, now: Date): number | null {
  if (iso === undefined) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : now.getTime() - at;
}

/** Whether an age from `ageMs` falls within `days` (inclusive; a time after `now` counts as inside). */
export function isWithinDays(age: number | null | undefined, days: number): boolean {
  return age !== null && age !== undefined && age <= days * DAY_MS;
}

/** `now` plus `days`, as a calendar date (YYYY-MM-DD, UTC); undefined past the range of dates (year 275760). */
export function addDays(now: Date, days: number): string | undefined {
  const at = new Date(now.getTime() + days * DAY_MS);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString().slice(0, 10);
}
