import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { context } from '../rules/build';
import { FAIRLINE, ROOT } from './bin';


function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [FAIRLINE, 'assess', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: result.status, lines: result.stdout.split('\n').filter(Boolean), stderr: result.stderr };
}

const line = (comment: string, id: string, locale = 'en') => JSON.stringify({ ...context({ comments: [comment], locale }), id });

describe('fairline assess', () => {
  it('writes one assessment per input line, in order, from standard input', () => {
    const input = [line('My lawyer will contact you.', 'a'), line('Where is my order?', 'b')].join('\n');
    const { code, lines } = run([], input);
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(JSON.parse(lines[0]!).response.action).toBe('terminate_legal');
  });

  it('answers a bad line with its id and a plain reason, and goes on', () => {
    const input = ['{not json', JSON.stringify({ id: 'no-ticket', customer: {} }), line('Thanks!', 'ok')].join('\n');
    const { code, lines } = run([], input);
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: null, line: 1, error: expect.stringMatching(/not valid JSON/) });
    expect(JSON.parse(lines[1]!)).toEqual({ id: 'no-ticket', line: 2, error: '"ticket" is missing' });
    expect(JSON.parse(lines[2]!).id).toBe('ok');
  });

  it('reads a file, takes settings from a file and forces the reply language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairline-'));
    writeFileSync(join(dir, 'in.jsonl'), `${line('I typed my old address.', 'x')}\n`);
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ goodwillTiers: ['standard'], vipThreshold: -1 }));
    const { code, lines, stderr } = run([join(dir, 'in.jsonl'), '--settings', join(dir, 'settings.json'), '--locale', 'ar']);
    expect(code).toBe(0);
    const assessment = JSON.parse(lines[0]!);
    expect(assessment.response.action).toBe('vip_goodwill');
    expect(assessment.response.language).toBe('ar');
    expect(stderr).toMatch(/"vipThreshold" cannot be negative/);
  });

  it('answers a long input in order, more lines than one batch, with a bad line in the middle', () => {
    const ids = Array.from({ length: 600 }, (_, k) => `t${k}`);
    const input = ids.map((id, k) => (k === 300 ? '{broken' : line(k % 2 ? 'My lawyer will contact you.' : 'Where is my order?', id))).join('\n');
    const { code, lines } = run([], input);
    expect(code).toBe(0);
    expect(lines).toHaveLength(600);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(ids.map((id, k) => (k === 300 ? null : id)));
    expect(JSON.parse(lines[301]!).response.action).toBe('terminate_legal');
    expect(JSON.parse(lines[599]!).response.action).toBe('terminate_legal');
    expect(JSON.parse(lines[598]!).response.action).toBe('resolve');
  });

  it('answers each line as it arrives, without waiting for a batch to fill', async () => {
    const child = spawn(process.execPath, [FAIRLINE, 'assess'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const answers: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => answers.push(...chunk.split('\n').filter(Boolean)));
    const answered = async (count: number) => {
      while (answers.length < count) await once(child.stdout, 'data');
    };
    child.stdin.write(`${line('My lawyer will contact you.', 'first')}\n`);
    await answered(1);
    child.stdin.write(`${line('Where is my order?', 'second')}\n`);
    await answered(2);
    child.stdin.end();
    await once(child, 'exit');
    expect(answers.map((a) => JSON.parse(a).id)).toEqual(['first', 'second']);
  });

  it('stops quietly when the reader of its output goes away, as with | head', () => {
    const input = Array.from({ length: 3000 }, (_, k) => line('Where is my order?', `t${k}`)).join('\n');
    const result = spawnSync('/bin/sh', ['-c', `${process.execPath} ${FAIRLINE} assess | head -n 1`], { cwd: ROOT, input, encoding: 'utf8' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
  });

  it('fails with a non-zero exit only when the input cannot be read', () => {
    const { code, stderr } = run(['/no/such/file.jsonl']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot read \/no\/such\/file\.jsonl/);
  });

  it('counts blank lines in the line number of an error', () => {
    const { lines } = run([], `${line('Hi', 'a')}\n\n\n{broken\n`);
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: null, line: 4 });
  });

  it('reads a record with a lone carriage return as white space inside it as one record', () => {
    const record = line('Where is my order?', 'cr').replace('"ticket":', '\r"ticket":');
    const { lines } = run([], `${record}\r\n${line('Thanks', 'next')}\n`);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['cr', 'next']);
  });

  it('reads the first record and the settings of files that start with a byte order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairline-'));
    writeFileSync(join(dir, 'in.jsonl'), `\ufeff${line('Where is my order?', 'bom')}\n`);
    writeFileSync(join(dir, 'settings.json'), `\ufeff${JSON.stringify({ costPerTicket: 40 })}`);
    const { lines, stderr } = run([join(dir, 'in.jsonl'), '--settings', join(dir, 'settings.json')]);
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: 'bom', ltv: { supportCost: 40 } });
    expect(stderr).toBe('');
  });

  it('says in plain words when the answers cannot be written, with no stack trace', () => {
    const result = spawnSync('/bin/sh', ['-c', `${process.execPath} ${FAIRLINE} assess > /dev/full`], { cwd: ROOT, input: `${line('Hi', 'a')}\n`, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Cannot write the answers: no space left on the device.');
  });

  it('prints its help for -h and --help, and takes --option=value and -- before a file name', () => {
    for (const flag of ['-h', '--help']) {
      const { code, lines } = run([flag]);
      expect(code).toBe(0);
      expect(lines[0]).toMatch(/^Usage: fairline assess/);
    }
    const { lines } = run(['--locale=ar', '--'], `${line('Where is my order?', 'x')}\n`);
    expect(JSON.parse(lines[0]!).response.language).toBe('ar');
  });

  it('refuses a file and "-" together instead of reading standard input silently', () => {
    const { code, stderr } = run(['in.jsonl', '-']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Only one input can be given/);
  });

  it('explains a wrong option', () => {
    const { code, stderr } = run(['--locale', 'fr']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--locale must be one of en, ar/);
  });
});
