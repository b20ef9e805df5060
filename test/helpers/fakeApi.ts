import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer a fake API gives instead of the real one (a 429, a 5xx), chosen per request by the test. */
export interface Fault {
  status: number;
  /** Never answer: the request hangs until the server closes. */
  hang?: boolean;
  headers?: Record<string, string>;
  body?: string;
}

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface FakeServer {
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on loopback that answers with `route`, unless `fault` gives another answer for this request
 * (its number counts from 1 across the server's life).
 */
export async function fakeServer(route: (url: URL, request: IncomingMessage) => Answer | Promise<Answer>, fault: (url: URL, n: number) => Fault | null = () => null): Promise<FakeServer> {
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    const failure = fault(url, requests.length);
    const send = (status: number, headers: Record<string, string>, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(body);
    };
    if (failure?.hang) return;
    if (failure) return send(failure.status, failure.headers ?? {}, failure.body ?? '{"error":"fault"}');
    request.resume();
    request.on('end', () => {
      void Promise.resolve(route(url, request)).then(
        (answer) => send(answer.status ?? 200, answer.headers ?? {}, JSON.stringify(answer.body)),
        (error: Error) => send(500, {}, JSON.stringify({ error: error.message })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
