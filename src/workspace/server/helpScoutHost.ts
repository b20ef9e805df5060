import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { DemoCompanion } from './helpScoutCompanion';
import type { Certificate } from './selfSignedCertificate';
import { sendFile } from './staticFiles';

/**
 * Help Scout's SDK talks only to a parent page on an https origin that looks like Help Scout's, so Help Scout mode
 * is served over HTTPS at this name: Chromium and Firefox send every `*.localhost` name to this machine.
 */
export const HELP_SCOUT_HOST = 'secure.helpscout.net.localhost';
const COMPANION_PREFIX = '/companion';

const json = (res: ServerResponse, body: unknown) => res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
const redirect = (res: ServerResponse, location: string) => res.writeHead(302, { location, 'cache-control': 'no-store' }).end();

/** Passes a request on to the companion server, as the HTTPS reverse proxy in front of it would in production. */
function proxy(req: IncomingMessage, res: ServerResponse, companionUrl: string, path: string): void {
  const target = new URL(path, companionUrl);
  const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502, { 'content-type': 'text/plain' }).end('The companion server did not answer.'));
  req.pipe(upstream);
}

export interface HelpScoutHostOptions {
  certificate: Certificate;
  /** The built workspace: helpscout.html and its scripts. */
  pageDir: string;
  companion: () => DemoCompanion | null;
  /** Where "Zendesk mode" leads. */
  zendeskUrl: () => string;
}

/**
 * The HTTPS side of the workspace: the Help Scout host page, the sidebar's signed callback URL, what the fake
 * Help Scout holds for the page to show, and the companion server under /companion/.
 */
export function createHelpScoutHost({ certificate, pageDir, companion, zendeskUrl }: HelpScoutHostOptions): Server {
  return createServer(certificate, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${HELP_SCOUT_HOST}`);
    const running = companion();
    if (url.pathname === '/zendesk') return redirect(res, zendeskUrl());
    if (!running) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('Help Scout mode is still starting.');
    if (url.pathname === COMPANION_PREFIX || url.pathname.startsWith(`${COMPANION_PREFIX}/`)) {
      return proxy(req, res, running.url, `${url.pathname.slice(COMPANION_PREFIX.length) || '/'}${url.search}`);
    }
    const sidebar = /^\/helpscout\/sidebar\/(\d+)$/.exec(url.pathname);
    if (sidebar) {
      // Help Scout loads the app's callback URL with a signed query each time a conversation is viewed.
      const query = running.signedQuery(Number(sidebar[1]));
      return query ? redirect(res, `${COMPANION_PREFIX}/?${query}`) : void res.writeHead(404, { 'content-type': 'text/plain' }).end('No such demo conversation.');
    }
    if (url.pathname === '/helpscout/state') {
      const conversation = running.conversation(Number(url.searchParams.get('conversation')));
      return json(res, { requests: running.fake.log.length, writeDrafts: running.writeDrafts, conversation });
    }
    void sendFile(res, pageDir, url.pathname === '/' ? '/helpscout.html' : url.pathname);
  });
}
