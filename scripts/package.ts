/** `npm run package`: validates the built dist/ and zips it for upload to Zendesk. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validateAppDir } from './checks';
import { kb } from './bundleSize';
import { DIST, ROOT } from './paths';
import { zip, type ZipEntry } from './zip';

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

const errors = validateAppDir(DIST).filter((f) => f.level === 'error');
if (errors.length > 0) {
  for (const f of errors) console.error(`ERROR ${f.where}: ${f.message}`);
  console.error('Not packaged: fix the errors above (npm run validate:app shows them all).');
  process.exit(1);
}
const version = (JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
const entries: ZipEntry[] = filesIn(DIST)
  .sort()
  .map((path) => ({ name: relative(DIST, path).split(sep).join('/'), data: readFileSync(path) }));
const out = join(ROOT, `fairline-${version}.zip`);
const archive = zip(entries);
writeFileSync(out, archive);
console.log(`Wrote ${relative(ROOT, out)}: ${entries.length} files, ${kb(archive.length)}. Upload it in Admin Center → Apps → Zendesk Support apps → Upload private app.`);
