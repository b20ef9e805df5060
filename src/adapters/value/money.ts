/** Stripe's currencies without minor units: their amounts are already whole units (stripe.com/docs/currencies). */
const ZERO_DECIMAL = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);
/** Three-decimal currencies; Stripe still counts them in thousandths. */
const THREE_DECIMAL = new Set(['bhd', 'jod', 'kwd', 'omr', 'tnd']);

/** An amount in the currency's smallest unit as whole units: 1999 USD cents → 19.99. */
export function majorUnits(minor: number, currency: string): number {
  const c = currency.toLowerCase();
  const factor = ZERO_DECIMAL.has(c) ? 1 : THREE_DECIMAL.has(c) ? 1000 : 100;
  return Math.round(minor) / factor;
}

/** Totals per currency (upper-case ISO 4217), in major units. */
export type Totals = Map<string, number>;

export function addTo(totals: Totals, currency: string, amount: number): void {
  const key = currency.toUpperCase();
  totals.set(key, (totals.get(key) ?? 0) + amount);
}

/**
 * The one total to show: the only currency, or the account currency when there are several. Adding different
 * currencies would be a wrong number, so without the setting (or when it is not among them) there is none.
 */
export function pickCurrency(totals: Totals, accountCurrency: string | null): { currency: string; amount: number } | { several: string[] } {
  const entries = [...totals.entries()];
  if (entries.length === 1) return { currency: entries[0]![0], amount: entries[0]![1] };
  const chosen = accountCurrency === null ? undefined : entries.find(([c]) => c === accountCurrency.toUpperCase());
  return chosen ? { currency: chosen[0], amount: chosen[1] } : { several: entries.map(([c]) => c).sort() };
}

/** Sums of money to a thousandth (the finest unit Stripe counts): 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
export const roundMoney = (amount: number) => Math.round(amount * 1000) / 1000;
