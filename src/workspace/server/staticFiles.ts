import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A file under `dir`, or null: never a path that climbs out of it. */
export async function fileIn(dir: string, urlPath: string): Promise<string | null> {
  const path = normalize(join(dir, decodeURIComponent(urlPath)));
  if (path !== dir && !path.startsWith(dir + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return fileIn(dir, join(urlPath, 'index.html'));
  return info?.isFile() ? path : null;
}

/** Sends `urlPath` from `dir`, or 404; `edit` may rewrite an HTML page on its way out. */
export async function sendFile(res: ServerResponse, dir: string, urlPath: string, edit?: (html: string) => string): Promise<void> {
  const file = await fileIn(dir, urlPath);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  let body: Buffer | string = await readFile(file);
  if (edit && file.endsWith('.html')) body = edit(body.toString('utf8'));
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
}
