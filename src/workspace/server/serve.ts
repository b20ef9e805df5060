import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { buildWorkspace, ROOT, SDK_FILE, WORKSPACE_OUT } from './build';

const APP_DIR = join(ROOT, 'dist');
const ZAF_CDN = /https:\/\/static\.zdassets\.com\/zendesk_app_framework_sdk\/[^"']+\.js/g;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A file under `dir`, or null: never a path that climbs out of it. */
async function fileIn(dir: string, urlPath: string): Promise<string | null> {
  const path = normalize(join(dir, decodeURIComponent(urlPath)));
  if (path !== dir && !path.startsWith(dir + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return fileIn(dir, join(urlPath, 'index.html'));
  return info?.isFile() ? path : null;
}

export function createWorkspaceServer(): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [dir, path] = url.pathname.startsWith('/app/') ? [APP_DIR, url.pathname.slice(4)] : [WORKSPACE_OUT, url.pathname];
    void fileIn(dir, path).then(async (file) => {
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      let body: Buffer | string = await readFile(file);
      // The app loads the ZAF SDK from Zendesk's CDN; here the pinned copy is served instead, so it runs offline.
      if (dir === APP_DIR && file.endsWith('.html')) body = body.toString('utf8').replace(ZAF_CDN, `/vendor/${SDK_FILE}`);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    });
  });
}

/** Builds the workspace and listens; resolves with the server's address. */
export async function startWorkspace(port: number): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(APP_DIR, 'assets', 'index.html'))) {
    throw new Error('The app is not built: run `npm run build` first (npm start does it for you).');
  }
  await buildWorkspace();
  const server = createWorkspaceServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actual}/` };
}

if (process.argv[1] && import.meta.filename === normalize(process.argv[1])) {
  const port = Number(process.env.PORT ?? 4567);
  startWorkspace(port).then(
    ({ url }) => console.log(`Fairline workspace: ${url}\nOpen it in a browser; Ctrl+C stops it.`),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
