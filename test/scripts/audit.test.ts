import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs .ci/audit.mjs on a saved `npm audit --json` report. */
function audit(report: unknown, required = false) {
  const file = join(mkdtempSync(join(tmpdir(), 'fairline-audit-')), 'report.json');
  writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report));
  const env = { ...process.env, FAIRLINE_AUDIT_REPORT: file, FAIRLINE_AUDIT_REQUIRED: required ? '1' : '' };
  const run = spawnSync(process.execPath, ['.ci/audit.mjs'], { cwd: ROOT, env, encoding: 'utf8' });
  return { code: run.status, out: run.stdout };
}

const clean = { metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0 } }, vulnerabilities: {} };
// What this project's registry answers: no advisory data at all.
const refused = { statusCode: 405, uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', error: { summary: 'Method Not Allowed' } };

describe('the dependency audit of CI', () => {
  it('passes a verified report without high or critical findings', () => {
    expect(audit(clean)).toMatchObject({ code: 0, out: expect.stringContaining('verified') });
  });

  it('fails on a high finding, naming the package', () => {
    const report = { metadata: { vulnerabilities: { ...clean.metadata.vulnerabilities, high: 1 } }, vulnerabilities: { axios: { name: 'axios', severity: 'high', range: '<1.8.2' } } };
    const { code, out } = audit(report);
    expect(code).toBe(1);
    expect(out).toContain('high: axios');
  });

  it('never passes silently when the registry gives no advisories: it says UNVERIFIED', () => {
    const { code, out } = audit(refused);
    expect(code).toBe(0);
    expect(out).toMatch(/UNVERIFIED: the production dependencies were NOT checked[\s\S]*HTTP 405/);
    expect(out).not.toContain('verified:');
  });

  it('fails instead when an audit is required', () => {
    expect(audit(refused, true).code).toBe(1);
    expect(audit('not json', true).code).toBe(1);
  });
});
