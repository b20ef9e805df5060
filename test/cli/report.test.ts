import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { assessLines } from '../../src/cli/assessLine';
import { reportCommand } from '../../src/cli/report';
import { DEFAULT_SETTINGS } from '../../src/rules';
import { context, NOW } from '../rules/build';
import { FAIRLINE } from './bin';

const ROOT = join(import.meta.dirname, '..', '..');

/** Context lines, and the lines `assess` writes for them. */
function audit() {
  const lines = [
    { ...context({ comments: ['My lawyer will contact you about this.'], name: 'Dana' }), id: 'legal' },
    { ...context({ comments: ['Where is my order?'], lifetimeValue: 5 }), id: 'calm' },
  ].map((c, k) => JSON.stringify({ ...c, ticket: { ...c.ticket, id: 100 + k, createdAt: '2026-10-03T10:00:00Z' }, customer: { ...c.customer, id: `cust-${k}` } }));
  const assessments = assessLines(lines.map((text, k) => ({ text, number: k + 1 })), DEFAULT_SETTINGS, NOW, null);
  return { contexts: lines, assessments };
}

function files(contexts: string[], assessments: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'fairline-report-'));
  writeFileSync(join(dir, 'contexts.jsonl'), `${contexts.join('\n')}\n`);
  writeFileSync(join(dir, 'assessments.jsonl'), `${assessments.join('\n')}\n`);
  return { dir, contexts: join(dir, 'contexts.jsonl'), assessments: join(dir, 'assessments.jsonl'), out: join(dir, 'report.html') };
}

async function run(argv: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdin: stdin === undefined ? Readable.from([]) : Readable.from([stdin]),
    stdout: new Writable({ write: (chunk: Buffer, _encoding, done) => void ((stdout += chunk.toString()), done()) }),
    stderr: new Writable({ write: (chunk: Buffer, _encoding, done) => void ((stderr += chunk.toString()), done()) }),
    env: {},
  };
  const code = await reportCommand(argv, io);
  return { code, stdout, stderr };
}

describe('fairline report', () => {
  it('writes the page and its CSV files beside it from the assessments and their contexts', async () => {
    const { contexts, assessments } = audit();
    const f = files(contexts, assessments);
    const { code, stdout, stderr } = await run([f.assessments, '--contexts', f.contexts, '--out', f.out, '--ticket-url', 'https://acme.zendesk.com/agent/tickets/{id}']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Wrote .*report\.html \(\d+\.\d KB, 2 tickets\) and report-drains\.csv, report-escalations\.csv, report-goodwill\.csv\.\n$/);
    const html = readFileSync(f.out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('href="https://acme.zendesk.com/agent/tickets/100"');
    const escalations = readFileSync(join(f.dir, 'report-escalations.csv'), 'utf8');
    expect(escalations.split('\r\n')[1]).toMatch(/^2026-10-03,100,Dana,cust-0,Legal threat,My lawyer will contact,End the relationship; counsel takes over$/);
    expect(readFileSync(join(f.dir, 'report-drains.csv'), 'utf8').split('\r\n')[1]).toMatch(/^Alex Morgan,cust-1,1,5,15,10,101$/);
  });

  it('names each malformed line with its file and number on standard error, and goes on', async () => {
    const { contexts, assessments } = audit();
    const f = files(
      [contexts[0]!, '{"id": "no-ticket"}', '[1]', contexts[0]!, contexts[1]!],
      ['{broken', assessments[0]!, '{"id": "x"}', '{"id":"y","line":9,"error":"\\"ticket\\" is missing"}', '', assessments[1]!],
    );
    const { code, stderr } = await run([f.assessments, '--contexts', f.contexts, '--out', f.out]);
    expect(code).toBe(0);
    const lines = stderr.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      `${f.contexts} line 2 left out: "ticket" is missing (id "no-ticket").`,
      `${f.contexts} line 3 left out: the ticket context should be an object but is a list.`,
      `${f.contexts} line 4 left out: the id "legal" is already on line 1; that first context is the one used.`,
      expect.stringMatching(/line 1 left out: not valid JSON \(Expected property name .*\)\.$/),
      `${f.assessments} line 3 left out: "ltv" is missing.`,
    ]);
    expect(lines.at(-1)).toMatch(/^Wrote .*\(\d+\.\d KB, 2 tickets\)/);
    // assess's own error line is counted on the page, not named as malformed.
    expect(readFileSync(f.out, 'utf8')).toContain('Lines of the assessments that are errors assess wrote for input it could not read: 1.');
  });

  it('names twenty bad lines of a file and counts the rest', async () => {
    const { contexts, assessments } = audit();
    const f = files(contexts, [...Array.from({ length: 25 }, () => 'nope'), ...assessments]);
    const { code, stderr } = await run([f.assessments, '--contexts', f.contexts, '--out', f.out]);
    expect(code).toBe(0);
    expect(stderr.match(/left out: not valid JSON/g)).toHaveLength(20);
    expect(stderr).toContain(`${f.assessments}: 5 more lines left out (25 in all).`);
  });

  it('counts the assessments that have no context and says so', async () => {
    const { contexts, assessments } = audit();
    const f = files([contexts[0]!], assessments);
    const { code, stderr } = await run([f.assessments, '--contexts', f.contexts, '--out', f.out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`1 of 2 assessments have no context in ${f.contexts}`);
  });

  it('reads the assessments from standard input for "-" and writes the page in Arabic', async () => {
    const { contexts, assessments } = audit();
    const f = files(contexts, []);
    const { code } = await run(['-', '--contexts', f.contexts, '--out', f.out, '--locale=ar'], `${assessments.join('\n')}\n`);
    expect(code).toBe(0);
    expect(readFileSync(f.out, 'utf8')).toContain('<html lang="ar" dir="rtl">');
  });

  it.each([
    [[], /^Name the assessments file/],
    [['a.jsonl', '--out', 'r.html'], /^--contexts is needed/],
    [['a.jsonl', '--contexts', 'c.jsonl'], /^--out is needed/],
    [['a.jsonl', 'b.jsonl', '--contexts', 'c', '--out', 'r'], /^Only one assessments file can be given \(got "a.jsonl" and "b.jsonl"\)/],
    [['a.jsonl', '--contexts', 'c', '--out', 'r', '--locale', 'fr'], /^--locale must be one of en, ar, not "fr"/],
    [['a.jsonl', '--contexts', 'c', '--out', 'r', '--summary'], /^Unknown option --summary/],
    [['a.jsonl', '--contexts', '--out', 'r'], /^--contexts needs a value/],
    [['a.jsonl', '--contexts', 'c', '--out', 'r', '--ticket-url', 'javascript:x({id})'], /^--ticket-url must start with https/],
  ])('refuses %j in plain words with the usage, exit 2', async (argv, error) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(error);
    expect(stderr).toContain('Usage: fairline report ASSESSMENTS.jsonl --contexts CONTEXTS.jsonl --out report.html');
  });

  it('prints its help on standard output', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: fairline report/);
    expect(stdout).toContain('Exit codes:');
  });

  it('ends with exit 1 and a plain reason when an input cannot be read, holds no assessment, or the page cannot be written', async () => {
    const { contexts, assessments } = audit();
    const f = files(contexts, assessments);
    const missing = await run([f.assessments, '--contexts', join(f.dir, 'nothing.jsonl'), '--out', f.out]);
    expect([missing.code, missing.stderr]).toEqual([1, `Cannot read ${join(f.dir, 'nothing.jsonl')}: there is no such file.\n`]);
    const swapped = await run([f.contexts, '--contexts', f.contexts, '--out', f.out]);
    expect(swapped.code).toBe(1);
    expect(swapped.stderr).toContain(`${f.contexts} holds no assessment (is it the output of fairline assess?): no report was written.`);
    expect(existsSync(f.out)).toBe(false);
    const unwritable = await run([f.assessments, '--contexts', f.contexts, '--out', join(f.dir, 'no-folder', 'r.html')]);
    expect([unwritable.code, unwritable.stderr]).toEqual([1, `Cannot write ${join(f.dir, 'no-folder', 'r.html')}: there is no such file.\n`]);
  });

  it('runs as npm run report, with the drain ratio from a settings file', () => {
    const { contexts, assessments } = audit();
    const f = files(contexts, assessments);
    writeFileSync(join(f.dir, 'settings.json'), JSON.stringify({ drainRatio: 4 }));
    const result = spawnSync(process.execPath, [FAIRLINE, 'report', f.assessments, '--contexts', f.contexts, '--out', f.out, '--settings', join(f.dir, 'settings.json')], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^Wrote /);
    // Cost 15 against a value of 5 is a drain at 2× but not at 4×.
    expect(readFileSync(join(f.dir, 'report-drains.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(1);
    expect(readFileSync(f.out, 'utf8')).toContain('at least 4× their lifetime value');
  });
});
