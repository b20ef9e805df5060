import type { FastifyRequest } from 'fastify';

/**
 * The page's query carries Help Scout's signature (which mints sessions for its conversation until the secret
 * changes) and the API's queries name customers: the log keeps the path and says a query was there, nothing more.
 */
export function redactedUrl(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? url : `${url.slice(0, at)}?[redacted]`;
}

/** Fastify's logger options for the companion: requests are logged without their query, and never their headers. */
export function loggerOptions(stream: NodeJS.WritableStream) {
  return {
    stream,
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, url: redactedUrl(request.url), remoteAddress: request.ip }),
    },
  };
}
