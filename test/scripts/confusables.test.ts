import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { confusablesModule, latinLookAlikes } from '../../scripts/confusables/table';

describe('the Latin look-alike table', () => {
  it('is the table Unicode confusables give today (run `npm run confusables` after updating the package)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'rules', 'data', 'confusables.ts'), 'utf8');
    expect(committed).toBe(confusablesModule());
  });

  it('follows a prototype that is itself confusable to its Latin letter', () => {
    expect(latinLookAlikes({ ꞵ: 'β', β: 'b' }).b).toContain('ꞵ');
    expect(latinLookAlikes({ ꞵ: 'β' }).b ?? '').not.toContain('ꞵ');
  });

  it('lets a small letter’s own entry win over its capital’s', () => {
    expect(latinLookAlikes({ Ι: 'l', ι: 'i' })).toMatchObject({ i: expect.stringContaining('ι') });
    expect(latinLookAlikes({ Ι: 'l', ι: 'i' }).l ?? '').not.toContain('ι');
  });

  it('leaves out Arabic letters and symbols, whatever they resemble', () => {
    const table = latinLookAlikes({ ه: 'o', '¥': 'Y', '×': 'x' });
    expect(Object.values(table).join('')).not.toMatch(/[ه¥×]/u);
  });
});
