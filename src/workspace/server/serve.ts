import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { buildWorkspace, ROOT, SDK_FILE, WORKSPACE_OUT } from './build';
import { startDemoCompanion, type DemoCompanion } from './helpScoutCompanion';
import { createHelpScoutHost, HELP_SCOUT_HOST } from './helpScoutHost';
import { selfSignedCertificate } from './selfSignedCertificate';
import { sendFile } from './staticFiles';
import { ENDPOINT_CUSTOMERS, SHOPIFY_CUSTOMERS, STRIPE_CUSTOMERS } from '../demo/values';
import type { SourceFault } from '../faults';
import { PROXY_PATH } from '../proxyRequest';
import { fakeEndpoint } from './fakes/endpoint';
import { startFakeShopify, type FakeShopify } from './fakes/shopify';
import { fakeStripe } from './fakes/stripe';
import { answerThroughProxy } from './secureProxy';
import { demoSecureSettings, secureScopes, type SecureSettings } from './secureSettings';

const APP_DIR = join(ROOT, 'dist');
const HELPSCOUT_APP_DIR = join(ROOT, 'dist-helpscout');
const ZAF_CDN = /https:\/\/static\.zdassets\.com\/zendesk_app_framework_sdk\/[^"']+\.js/g;

const PROXY_BODY_LIMIT = 64 * 1024;

const jsonBody = (req: IncomingMessage) =>
  new Promise<unknown>((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > PROXY_BODY_LIMIT) req.destroy();
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(body));
      } catch {
        resolve(null);
      }
    });
    req.on('error', () => resolve(null));
  });

/** What the page's proxied requests are answered with: the stand-in for Zendesk's proxy (secureProxy.ts). */
export type ProxyHandler = (message: unknown) => Promise<{ status: number; body: unknown; headers: Record<string, string> }>;

/** Zendesk mode over plain HTTP; `/?helpdesk=helpscout` leads to Help Scout mode's HTTPS address. */
export function createWorkspaceServer(helpScoutUrl: () => string = () => '/', proxy?: ProxyHandler): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === PROXY_PATH && req.method === 'POST' && proxy) {
      void jsonBody(req)
        .then(proxy)
        .then((answer) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(answer)));
      return;
    }
    if (url.pathname === '/' && url.searchParams.get('helpdesk') === 'helpscout') {
      url.searchParams.delete('helpdesk');
      res.writeHead(302, { location: `${helpScoutUrl()}${url.search}`, 'cache-control': 'no-store' }).end();
      return;
    }
    const [dir, path] = url.pathname.startsWith('/app/') ? [APP_DIR, url.pathname.slice(4)] : [WORKSPACE_OUT, url.pathname];
    // The app loads the ZAF SDK from Zendesk's CDN; here the pinned copy is served instead, so it runs offline.
    void sendFile(res, dir, path, dir === APP_DIR ? (html) => html.replace(ZAF_CDN, `/vendor/${SDK_FILE}`) : undefined);
  });
}

export interface WorkspaceOptions {
  /** Runs the companion with FAIRLINE_WRITE_DRAFTS=on: Insert saves a draft reply and adds the tags in Help Scout mode. */
  writeDrafts?: boolean;
}

export interface RunningWorkspace {
  /** Closing it closes Help Scout mode too. */
  server: Server;
  /** Zendesk mode. */
  url: string;
  /** Help Scout mode. */
  helpScoutUrl: string;
  companion: DemoCompanion;
  /** The secure settings the stand-in proxy puts in; only the server holds them (tests check the page never sees them). */
  secureSettings: SecureSettings;
  /** The shop the companion reads Shopify values from. */
  shopify: FakeShopify;
}

const listen = async (server: Server, port: number) => {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use: set PORT to another (Help Scout mode takes the port after it).`) : error),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
};

/**
 * Builds the workspace and listens: Zendesk mode over HTTP on `port`, Help Scout mode over HTTPS on the next port
 * (any free one when `port` is 0), with the companion server and a fake Mailbox API on loopback behind it.
 */
export async function startWorkspace(port: number, options: WorkspaceOptions = {}): Promise<RunningWorkspace> {
  for (const [dir, how] of [
    [APP_DIR, 'npm run build'],
    [HELPSCOUT_APP_DIR, 'npm run build (or npm run build:helpscout)'],
  ] as const) {
    const page = dir === APP_DIR ? join(dir, 'assets', 'index.html') : join(dir, 'index.html');
    if (!existsSync(page)) throw new Error(`The app is not built (${page} is missing): run \`${how}\` first (npm start does it for you).`);
  }
  await buildWorkspace();
  let helpScoutUrl = '';
  let companion: DemoCompanion | null = null;
  const secureSettings = demoSecureSettings();
  const manifestPath = join(APP_DIR, 'manifest.json');
  const manifest: unknown = JSON.parse(await readFile(manifestPath, 'utf8'));
  // The faults of the request being proxied, for the fake shop the companion reads while answering it.
  let shopifyFaults: ReadonlySet<SourceFault> = new Set();
  const shopCredentials = { clientId: randomBytes(8).toString('hex'), clientSecret: randomBytes(24).toString('hex') };
  const shopify = await startFakeShopify({ customers: SHOPIFY_CUSTOMERS, ...shopCredentials, faults: () => shopifyFaults });
  const proxy: ProxyHandler = (message) =>
    answerThroughProxy(message, {
      settings: secureSettings,
      scopes: secureScopes(manifest),
      stripe: fakeStripe(STRIPE_CUSTOMERS, secureSettings.stripe_secret_key ?? '', Date.now),
      endpoint: fakeEndpoint(ENDPOINT_CUSTOMERS, secureSettings.value_endpoint_key ?? ''),
      companionUrl: () => companion?.url ?? 'http://127.0.0.1:9',
      setShopifyFaults: (faults) => (shopifyFaults = faults),
      now: Date.now,
    });
  const server = createWorkspaceServer(() => helpScoutUrl, proxy);
  const host = createHelpScoutHost({
    certificate: selfSignedCertificate([HELP_SCOUT_HOST]),
    pageDir: WORKSPACE_OUT,
    companion: () => companion,
    zendeskUrl: () => url,
  });
  const url = `http://127.0.0.1:${await listen(server, port)}/`;
  helpScoutUrl = `https://${HELP_SCOUT_HOST}:${await listen(host, port === 0 ? 0 : port + 1)}/`;
  const running = await startDemoCompanion({
    appDir: HELPSCOUT_APP_DIR,
    manifestPath,
    hostOrigin: new URL(helpScoutUrl).origin,
    writeDrafts: options.writeDrafts ?? false,
    shopify: { url: shopify.url, ...shopCredentials },
    zendeskJwtSecret: secureSettings.companion_jwt_secret ?? '',
  });
  companion = running;
  server.on('close', () => {
    host.close();
    void running.close();
    void shopify.close();
  });
  return { server, url, helpScoutUrl, companion: running, secureSettings, shopify };
}

if (process.argv[1] && import.meta.filename === normalize(process.argv[1])) {
  const port = Number(process.env.PORT ?? 4567);
  const writeDrafts = ['on', 'true', '1'].includes(process.env.FAIRLINE_WRITE_DRAFTS?.trim().toLowerCase() ?? '');
  startWorkspace(port, { writeDrafts }).then(
    ({ url, helpScoutUrl }) =>
      console.log(
        `Fairline workspace: ${url}\n` +
          `Help Scout mode:    ${helpScoutUrl} (or ${url}?helpdesk=helpscout; a self-signed certificate: let the browser proceed)\n` +
          `  Insert ${writeDrafts ? 'saves a draft reply and adds the tags' : 'copies to the clipboard (FAIRLINE_WRITE_DRAFTS=on saves a draft instead)'}.\n` +
          'Open it in a browser; Ctrl+C stops it.',
      ),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
