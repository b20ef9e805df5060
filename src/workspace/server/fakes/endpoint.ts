import { ENDPOINT_KEY_HEADER } from '../../../adapters/value/endpoint';
import type { ENDPOINT_CUSTOMERS } from '../../demo/values';
import type { SourceFault } from '../../faults';
import { jsonAnswer, type FakeRequest } from './http';

/** The shop's own value endpoint: `GET …?email=` with the key in X-Fairline-Key; 404 for a customer it does not know. */
export function fakeEndpoint(customers: typeof ENDPOINT_CUSTOMERS, key: string) {
  return (request: FakeRequest, faults: ReadonlySet<SourceFault>) => {
    if (faults.has('endpointDown')) return jsonAnswer(500, { error: 'The shop database is not answering' });
    if (request.headers[ENDPOINT_KEY_HEADER.toLowerCase()] !== key) return jsonAnswer(401, { error: 'Wrong or missing key' });
    const email = request.url.searchParams.get('email')?.toLowerCase();
    const found = customers.find((c) => c.email === email);
    if (!found) return jsonAnswer(404, { error: 'No such customer' });
    return jsonAnswer(200, { lifetimeValue: found.lifetimeValue, orderCount: found.orderCount, currency: found.currency });
  };
}
