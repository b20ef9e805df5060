/**
 * What the fake value sources know, keyed by e-mail: Stripe's customers and charges, Shopify's customers and the shop's
 * own endpoint. Each demo customer is in one source only, so a source that fails shows as a fallback or as unknown,
 * never as another source's number. Amounts are as each API sends them: Stripe in minor units, Shopify as a string.
 */

export interface DemoStripeCharge {
  id: string;
  /** In the currency's smallest unit, as Stripe counts. */
  amount: number;
  amountRefunded: number;
  currency: 'usd' | 'eur';
  status: 'succeeded' | 'failed' | 'pending';
  disputed: boolean;
  daysAgo: number;
}

export interface DemoStripeCustomer {
  id: string;
  email: string;
  name: string;
  charges: DemoStripeCharge[];
}

const charge = (id: string, amount: number, options: Partial<Omit<DemoStripeCharge, 'id' | 'amount'>> = {}): DemoStripeCharge => ({
  id,
  amount,
  amountRefunded: 0,
  currency: 'usd',
  status: 'succeeded',
  disputed: false,
  daysAgo: 30,
  ...options,
});

/**
 * Ines Moreau checked out three times without an account, so Stripe holds three customers for her e-mail. In USD:
 * 640.00 + 0 (refunded in full) + 300.00 (150.00 of 450.00 refunded) + 280.50 (disputed) + 99.50 (disputed) = 1,320.00;
 * the failed charge counts for nothing and the EUR one is left out of the USD total. Six succeeded charges, two disputed.
 */
export const STRIPE_CUSTOMERS: DemoStripeCustomer[] = [
  { id: 'cus_Nw1InesA', email: 'ines.moreau@example.com', name: 'Ines Moreau', charges: [
    charge('ch_3Nw1a', 64_000, { daysAgo: 400 }),
    charge('ch_3Nw1b', 32_000, { amountRefunded: 32_000, daysAgo: 300 }),
    charge('ch_3Nw1c', 45_000, { amountRefunded: 15_000, daysAgo: 200 }),
    charge('ch_3Nw1d', 99_900, { status: 'failed', daysAgo: 190 }),
  ] },
  { id: 'cus_Nw1InesB', email: 'ines.moreau@example.com', name: 'Ines Moreau', charges: [
    charge('ch_3Nw1e', 28_050, { disputed: true, daysAgo: 120 }),
    charge('ch_3Nw1f', 12_000, { currency: 'eur', daysAgo: 90 }),
  ] },
  { id: 'cus_Nw1InesC', email: 'ines.moreau@example.com', name: 'I. Moreau', charges: [charge('ch_3Nw1g', 9_950, { disputed: true, daysAgo: 14 })] },
];

/** Shopify's customers: what the Admin GraphQL API's `customers` query gives for each. */
export const SHOPIFY_CUSTOMERS: { email: string; amountSpent: { amount: string; currencyCode: string }; numberOfOrders: string }[] = [
  { email: 'kofi.mensah@example.com', amountSpent: { amount: '742.15', currencyCode: 'USD' }, numberOfOrders: '9' },
];

/** The shop's own endpoint's answers. Theo Lang was VIP once and still has the tag; he is not any more. */
export const ENDPOINT_CUSTOMERS: { email: string; lifetimeValue: number; orderCount: number; currency: string }[] = [
  { email: 'maya.fischer@example.com', lifetimeValue: 610, orderCount: 7, currency: 'USD' },
  { email: 'theo.lang@example.com', lifetimeValue: 180, orderCount: 2, currency: 'USD' },
];

/** Where the demo installation's value sources live; the workspace's stand-in proxy answers for these hosts. */
export const VALUE_HOSTS = { stripe: 'api.stripe.com', endpoint: 'values.northwind.example', companion: 'fairline.northwind.example' } as const;

/**
 * The settings of the tickets whose requesters' value is in the sources rather than the user field: all three
 * sources in order, so a customer unknown to one is looked up in the next.
 */
export const VALUE_SOURCE_SETTINGS: Record<string, string> = {
  valueSources: 'stripe,shopify,endpoint',
  accountCurrency: 'USD',
  valueEndpointUrl: `https://${VALUE_HOSTS.endpoint}/fairline/value`,
  companionUrl: `https://${VALUE_HOSTS.companion}`,
};
