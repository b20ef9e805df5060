/** `npm run validate:app [dir]`: the offline check of a built app (default dist/); `zcli apps:validate` needs an account. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateAppDir } from './checks';
import { DIST } from './paths';

const dir = resolve(process.argv[2] ?? DIST);
if (!existsSync(dir)) {
  console.error(`${dir} does not exist: run \`npm run build\` first.`);
  process.exit(1);
}
const findings = validateAppDir(dir);
for (const f of findings) console.log(`${f.level === 'error' ? 'ERROR  ' : 'warning'} ${f.where}: ${f.message}`);
const errors = findings.filter((f) => f.level === 'error').length;
console.log(errors === 0 ? `The app in ${dir} passes the offline check (${findings.length} warning(s)).` : `${errors} error(s): Zendesk would refuse this app.`);
process.exitCode = errors === 0 ? 0 : 1;
