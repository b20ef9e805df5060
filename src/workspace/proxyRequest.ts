import { SOURCE_FAULTS, type Faults } from './faults';
import type { ApiResponse, RequestOptions } from './zendeskApi';

/** Where the page sends the requests Zendesk's proxy would make; the workspace server plays the proxy. */
export const PROXY_PATH = '/zendesk-proxy';
const ZENDESK_HOST = 'fairline-demo.zendesk.com';

/** Zendesk's proxy makes the secure requests and those to other hosts; the rest go to the account's own API. */
export function goesThroughProxy(options: RequestOptions & { secure?: unknown }): boolean {
  return options.secure === true || new URL(options.url, `https://${ZENDESK_HOST}`).host !== ZENDESK_HOST;
}

const isResponse = (x: unknown): x is ApiResponse =>
  typeof x === 'object' && x !== null && typeof (x as ApiResponse).status === 'number' && typeof (x as ApiResponse).headers === 'object';

/**
 * Hands the app's request, placeholders and all, to the workspace server, which puts the secure settings in on its
 * side, as Zendesk does: the page never holds a secret. The source faults switched on go with it.
 */
export async function throughProxy(options: unknown, faults: Faults): Promise<ApiResponse> {
  try {
    const response = await fetch(PROXY_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ options, faults: SOURCE_FAULTS.filter((f) => faults[f]) }),
    });
    const answer: unknown = await response.json();
    if (isResponse(answer)) return answer;
  } catch {
    // Answered below, as Zendesk's proxy answers when the host cannot be reached.
  }
  return { status: 502, body: { error: 'The workspace server did not answer for the proxy' }, headers: {} };
}
