import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** The JavaScript the iframe HTML loads before first paint: its module script and what it preloads. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) if (match[1]) found.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) if (match[1]) found.add(match[1]);
  return [...found].filter((src) => !/^https?:/.test(src));
}

export function measure(dir: string, html: string): ScriptSize[] {
  return initialScripts(html).map((src) => {
    const content = readFileSync(join(dir, src));
    return { file: src, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every other script of the build: loaded later, on demand (the rules module loads beside the helpdesk reads). */
export function measureDeferred(dir: string, html: string): ScriptSize[] {
  const initial = new Set(initialScripts(html).map((src) => src.replace(/^\.\//, '')));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js') && !initial.has(file))
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file: `./${file}`, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
}
