/** Faults of the value sources, played by the workspace server's fake Stripe, Shopify and shop endpoint. */
export const SOURCE_FAULTS = ['stripeDown', 'stripeKey', 'shopifyThrottled', 'shopifyDown', 'endpointDown'] as const;
export type SourceFault = (typeof SOURCE_FAULTS)[number];

/** Fault switches: set on the page, or in the URL for tests (`?faults=rateLimit,slow`). */
export const FAULT_NAMES = ['rateLimit', 'serverError', 'slow', 'noLtv', 'malformed', ...SOURCE_FAULTS] as const;
export type FaultName = (typeof FAULT_NAMES)[number];
export type Faults = Record<FaultName, boolean>;

export const FAULT_LABELS: Record<FaultName, string> = {
  rateLimit: 'Rate limit (429 with Retry-After: 1, twice)',
  serverError: 'Server error (500 on every API call)',
  slow: 'Slow responses (3 s)',
  noLtv: 'Requester without LTV fields',
  malformed: 'Malformed data',
  stripeDown: 'Stripe down (500)',
  stripeKey: 'Stripe refuses the secret key (401)',
  shopifyThrottled: 'Shopify throttling (THROTTLED, then 429 with Retry-After from the Fairline server)',
  shopifyDown: 'Shopify down (500; the Fairline server answers 502)',
  endpointDown: 'Value endpoint down (500)',
};

/** How many 429s in a row the rate-limit fault answers before letting a request through. */
export const RATE_LIMITED_TIMES = 2;

/** `?rateLimitTimes=9` makes the rate limit outlast the app's retries, so it has to explain it. */
export function rateLimitTimesFromUrl(search: string): number {
  const times = Number(new URLSearchParams(search).get('rateLimitTimes'));
  return Number.isInteger(times) && times > 0 ? times : RATE_LIMITED_TIMES;
}
export const SLOW_MS = 3000;

export function faultsFromUrl(search: string): Faults {
  const names = new URLSearchParams(search).get('faults')?.split(',') ?? [];
  return Object.fromEntries(FAULT_NAMES.map((n) => [n, names.includes(n)])) as Faults;
}
