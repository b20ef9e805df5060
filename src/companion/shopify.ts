import * as v from 'valibot';
import type { ValueAnswer } from '../shared/companionWire';
import { DEFAULT_RETRY, type RetryPolicy } from '../shared/retry';
import { UpstreamError, UpstreamHttpError, UpstreamRateLimited } from './errors';
import type { TokenSource } from './oauth';

export const SHOPIFY_API_VERSION = '2025-10';

const QUERY = `query FairlineValue($query: String!) {
  customers(first: 10, query: $query) { nodes { amountSpent { amount currencyCode } numberOfOrders } }
}`;

const Answer = v.object({
  data: v.nullish(v.object({ customers: v.object({ nodes: v.array(v.object({ amountSpent: v.object({ amount: v.string(), currencyCode: v.string() }), numberOfOrders: v.union([v.string(), v.number()]) })) }) })),
  errors: v.optional(v.array(v.object({ message: v.string(), extensions: v.optional(v.object({ code: v.optional(v.string()) })) }))),
  extensions: v.optional(v.object({ cost: v.optional(v.object({
    requestedQueryCost: v.number(),
    throttleStatus: v.object({ maximumAvailable: v.number(), currentlyAvailable: v.number(), restoreRate: v.number() }),
  })) })),
});

/** How long until the bucket holds `cost` again, from Shopify's own throttle status. */
export function throttleWaitMs(cost: { requestedQueryCost: number; throttleStatus: { currentlyAvailable: number; restoreRate: number } }): number {
  const missing = cost.requestedQueryCost - cost.throttleStatus.currentlyAvailable;
  return missing <= 0 || cost.throttleStatus.restoreRate <= 0 ? 1000 : Math.ceil((missing / cost.throttleStatus.restoreRate) * 1000);
}

/** `email:` search terms are quoted, so an address cannot add terms of its own. */
const emailQuery = (email: string) => `email:"${email.replace(/["\\]/g, '')}"`;

/**
 * The customer's value from the Admin GraphQL API: amountSpent and numberOfOrders summed over the customers with the
 * e-mail (null when there is none). Cost-based throttling is honoured: a THROTTLED answer waits as long as the
 * throttle status says the bucket needs, a bounded number of times.
 */
export function shopifyValue(shopUrl: string, tokens: TokenSource, retry: RetryPolicy = DEFAULT_RETRY) {
  return async function read(email: string): Promise<ValueAnswer | null> {
    let refreshed = false;
    for (let throttled = 0; ; ) {
      const token = await tokens.get();
      let response: Response;
      try {
        response = await fetch(`${shopUrl}/admin/api/${SHOPIFY_API_VERSION}/graphql.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'x-shopify-access-token': token },
          body: JSON.stringify({ query: QUERY, variables: { query: emailQuery(email) } }),
        });
      } catch {
        throw new UpstreamError('Shopify could not be reached');
      }
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        tokens.invalidate(token);
        continue;
      }
      if (!response.ok && response.status !== 429) throw new UpstreamHttpError(response.status, `Shopify answered with HTTP ${response.status}`);
      const parsed = v.safeParse(Answer, await response.json().catch(() => null));
      if (!parsed.success) throw new UpstreamError('Shopify answered in an unexpected shape');
      const { data, errors, extensions } = parsed.output;
      if (response.status === 429 || errors?.some((e) => e.extensions?.code === 'THROTTLED')) {
        const wait = extensions?.cost ? throttleWaitMs(extensions.cost) : 2000;
        if (throttled >= retry.retries || wait > retry.maxWaitMs) throw new UpstreamRateLimited(wait, 'Shopify is throttling requests');
        throttled++;
        await retry.sleep(wait);
        continue;
      }
      if (errors?.length || !data) throw new UpstreamError(`Shopify refused the query: ${errors?.[0]?.message ?? 'no data'}`);
      return sum(data.customers.nodes);
    }
  };
}

function sum(nodes: { amountSpent: { amount: string; currencyCode: string }; numberOfOrders: string | number }[]): ValueAnswer | null {
  if (nodes.length === 0) return null;
  const currencies = new Set(nodes.map((n) => n.amountSpent.currencyCode));
  // One shop has one currency; customers in two would be a sum of unlike amounts.
  if (currencies.size > 1) throw new UpstreamError(`Shopify holds customers with this e-mail in ${[...currencies].join(' and ')}`);
  const amount = nodes.reduce((total, n) => total + Number(n.amountSpent.amount), 0);
  const orders = nodes.reduce((total, n) => total + Number(n.numberOfOrders), 0);
  if (!Number.isFinite(amount) || !Number.isInteger(orders)) throw new UpstreamError('Shopify sent an amount that is not a number');
  return { lifetimeValue: Math.round(amount * 100) / 100, orderCount: orders, currency: [...currencies][0]! };
}
