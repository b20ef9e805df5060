// `npm run confusables`: writes src/rules/data/confusables.ts from Unicode's confusables table.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { confusablesModule } from './confusables/table';

const out = join(import.meta.dirname, '..', 'src', 'rules', 'data', 'confusables.ts');
writeFileSync(out, confusablesModule());
console.log(`Wrote ${out}`);
