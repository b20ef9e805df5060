import axios, { isAxiosError, type AxiosInstance } from 'axios';
import type { CompanionSettings, HistoryAnswer, ThreadsAnswer } from '../../shared/companionWire';
import { HttpError, InvalidDataError, NetworkError, RateLimitedError } from '../../shared/errors';

export interface CompanionClient {
  config(): Promise<CompanionSettings>;
  threads(conversationId: number): Promise<ThreadsAnswer>;
  history(customerId: number, excludeId: number): Promise<HistoryAnswer>;
  saveDraft(conversationId: number, text: string): Promise<void>;
  addTags(conversationId: number, tags: readonly string[]): Promise<void>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typed(error: unknown): Error {
  if (!isAxiosError(error)) return error instanceof Error ? error : new NetworkError(String(error));
  const response = error.response;
  if (!response) return new NetworkError('The Fairline server did not answer');
  if (response.status === 429) {
    const seconds = Number(response.headers['retry-after']);
    return new RateLimitedError(Number.isFinite(seconds) ? seconds * 1000 : 2000, 'Help Scout is rate limiting requests');
  }
  const message = isRecord(response.data) && typeof response.data.error === 'string' ? response.data.error : `The Fairline server answered with HTTP ${response.status}`;
  return new HttpError(response.status, message);
}

async function call<T>(request: () => Promise<{ data: unknown }>, check: (data: unknown) => data is T, what: string): Promise<T> {
  let data: unknown;
  try {
    data = (await request()).data;
  } catch (error) {
    throw typed(error);
  }
  if (!check(data)) throw new InvalidDataError(`The Fairline server sent ${what} in an unexpected shape`);
  return data;
}

const hasList = <T,>(key: string) => (d: unknown): d is T => isRecord(d) && Array.isArray(d[key]) && typeof d.truncated === 'boolean';
const anything = (data: unknown): data is unknown => typeof data !== 'symbol';

/** The companion server, same origin as the page, authenticated with the token the signed page load carried. */
export function companionClient(token: string, http: AxiosInstance = axios.create({ timeout: 20_000 })): CompanionClient {
  const headers = { authorization: `Bearer ${token}` };
  return {
    config: () =>
      call(() => http.get('api/config', { headers }), (d): d is CompanionSettings => isRecord(d) && isRecord(d.settings) && typeof d.writeDrafts === 'boolean', 'its settings'),
    threads: (id) => call(() => http.get(`api/conversations/${id}/threads`, { headers }), hasList<ThreadsAnswer>('threads'), 'the threads'),
    history: (customerId, excludeId) =>
      call(() => http.get(`api/customers/${customerId}/conversations`, { headers, params: { exclude: excludeId } }), hasList<HistoryAnswer>('conversations'), 'the history'),
    saveDraft: async (id, text) => void (await call(() => http.post(`api/conversations/${id}/drafts`, { text }, { headers }), anything, 'the draft')),
    addTags: async (id, tags) => void (await call(() => http.post(`api/conversations/${id}/tags`, { tags }, { headers }), anything, 'the tags')),
  };
}
