import { HttpError, NetworkError, RateLimitedError } from '../../src/shared/errors';
import { getJson } from '../../src/adapters/zendesk/request';
import { retryAfterMs, type RetryPolicy } from '../../src/shared/retry';
import { fakeZafClient, type ApiAnswer } from './fakeZaf';

function clientAnswering(...answers: ApiAnswer[]) {
  let i = 0;
  return fakeZafClient({ paths: {}, settings: {}, api: () => answers[Math.min(i++, answers.length - 1)]! });
}

function policy(retries = 3): RetryPolicy & { waits: number[] } {
  const waits: number[] = [];
  return { retries, maxWaitMs: 30_000, waits, sleep: async (ms) => void waits.push(ms) };
}

const limited = (after: string): ApiAnswer => ({ status: 429, headers: { 'Retry-After': after }, body: { error: 'TooManyRequests' } });

describe('getJson', () => {
  it('waits for Retry-After on a 429 and then returns the answer', async () => {
    const client = clientAnswering(limited('2'), limited('1'), { status: 200, body: { ok: true } });
    const retry = policy();
    await expect(getJson(client, '/api/v2/x.json', retry)).resolves.toEqual({ ok: true });
    expect(retry.waits).toEqual([2000, 1000]);
    expect(client.requests).toHaveLength(3);
  });

  it('gives up after the bounded number of retries with a RateLimitedError that says how long to wait', async () => {
    const client = clientAnswering(limited('3'));
    const error = await getJson(client, '/api/v2/x.json', policy(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(3000);
    expect(client.requests).toHaveLength(3);
  });

  it('does not sit out a wait longer than it accepts', async () => {
    const client = clientAnswering(limited('3600'));
    await expect(getJson(client, '/api/v2/x.json', policy())).rejects.toBeInstanceOf(RateLimitedError);
    expect(client.requests).toHaveLength(1);
  });

  it('turns any other failing status into an HttpError with the status', async () => {
    const error = await getJson(clientAnswering({ status: 500 }), '/api/v2/x.json', policy()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(500);
  });

  it('turns a request that got no answer into a NetworkError', async () => {
    const client = fakeZafClient({ paths: {}, settings: {}, api: () => Promise.reject(new Error('offline')) });
    await expect(getJson(client, '/api/v2/x.json', policy())).rejects.toBeInstanceOf(NetworkError);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('5', 0)).toBe(5000);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
    expect(retryAfterMs(undefined, 0)).toBeGreaterThan(0);
  });
});
