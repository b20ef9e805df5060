import * as v from 'valibot';
import { InvalidDataError } from '../../shared/errors';
import type { CustomerValue, ValueSource } from '../../shared/valueSource';
import { SeveralCurrenciesError } from './errors';
import { addTo, majorUnits, pickCurrency, roundMoney, type Totals } from './money';
import type { Send } from './send';

const API = 'https://api.stripe.com/v1';
/** The secret key is a secure setting: Zendesk's proxy puts it in; the browser only ever holds this placeholder. */
const AUTHORIZATION = { Authorization: 'Bearer {{setting.stripe_secret_key}}' };
const PAGE_SIZE = 100;
/** Stripe's search takes at most ten clauses joined by OR. */
const CUSTOMERS_PER_SEARCH = 10;
/** Past this many pages the total would be a guess; the source fails rather than show a part as the whole. */
const PAGE_CAP = 20;

const CustomerList = v.object({ data: v.array(v.object({ id: v.string() })), has_more: v.boolean() });
const Charge = v.object({
  status: v.string(),
  amount_captured: v.number(),
  amount_refunded: v.number(),
  disputed: v.boolean(),
  currency: v.pipe(v.string(), v.regex(/^[a-z]{3}$/i)),
});
const ChargeSearch = v.object({ data: v.array(Charge), has_more: v.boolean(), next_page: v.nullish(v.string()) });

function parsed<T extends v.GenericSchema>(schema: T, body: unknown, what: string): v.InferOutput<T> {
  const result = v.safeParse(schema, body);
  if (!result.success) throw new InvalidDataError(`Stripe sent ${what} in an unexpected shape (${result.issues[0].path?.map((p) => String(p.key)).join('.') ?? 'the body'})`);
  return result.output;
}

const get = (send: Send, path: string) => send({ url: `${API}${path}`, type: 'GET', headers: AUTHORIZATION, secure: true, cors: false });

/** Every customer with this e-mail: Stripe keeps one per checkout unless the shop reuses them. */
async function customerIds(send: Send, email: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < PAGE_CAP; page++) {
    const query = new URLSearchParams({ email, limit: String(PAGE_SIZE), ...(after ? { starting_after: after } : {}) });
    const list = parsed(CustomerList, await get(send, `/customers?${query}`), 'the customers');
    ids.push(...list.data.map((c) => c.id));
    after = list.data.at(-1)?.id;
    if (!list.has_more || after === undefined) return ids;
  }
  throw new InvalidDataError('Stripe holds more customers with this e-mail than Fairline reads');
}

/** Succeeded charges of these customers: one search (paged by `next_page`) per ten customers. */
async function charges(send: Send, ids: readonly string[]): Promise<v.InferOutput<typeof Charge>[]> {
  const found: v.InferOutput<typeof Charge>[] = [];
  for (let i = 0; i < ids.length; i += CUSTOMERS_PER_SEARCH) {
    const query = ids.slice(i, i + CUSTOMERS_PER_SEARCH).map((id) => `customer:'${id.replace(/[^a-zA-Z0-9_]/g, '')}'`).join(' OR ');
    let page: string | null | undefined;
    for (let n = 0; ; n++) {
      if (n === PAGE_CAP) throw new InvalidDataError('The customer has more charges in Stripe than Fairline reads');
      const params = new URLSearchParams({ query, limit: String(PAGE_SIZE), ...(page ? { page } : {}) });
      const result = parsed(ChargeSearch, await get(send, `/charges/search?${params}`), 'the charges');
      found.push(...result.data);
      page = result.next_page;
      if (!result.has_more || !page) break;
    }
  }
  return found.filter((c) => c.status === 'succeeded');
}

/**
 * Lifetime value from Stripe: captured minus refunded on succeeded charges, per currency; the order count is the
 * succeeded charges, and the disputed ones are counted apart. Reads through Zendesk's secure proxy, so the secret key
 * (a restricted, read-only key is enough) stays in Zendesk.
 */
export function stripeSource(send: Send, accountCurrency: string | null): ValueSource {
  return {
    name: 'stripe',
    async read({ email }): Promise<CustomerValue | null> {
      const ids = await customerIds(send, email);
      if (ids.length === 0) return null;
      const paid = await charges(send, ids);
      const totals: Totals = new Map();
      for (const charge of paid) addTo(totals, charge.currency, majorUnits(charge.amount_captured - charge.amount_refunded, charge.currency));
      const disputes = paid.filter((c) => c.disputed).length;
      if (totals.size === 0) return { lifetimeValue: 0, orderCount: 0, currency: accountCurrency, disputes };
      const picked = pickCurrency(totals, accountCurrency);
      if ('several' in picked) throw new SeveralCurrenciesError(picked.several);
      return { lifetimeValue: roundMoney(picked.amount), orderCount: paid.length, currency: picked.currency, disputes };
    },
  };
}
