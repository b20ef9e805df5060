import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAIRLINE, ROOT } from './bin';

const run = (args: string[]) => spawnSync(process.execPath, [FAIRLINE, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('the fairline command line', () => {
  it('is the package\'s bin, compiled JavaScript that runs without a TypeScript loader', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(ROOT, pkg.bin.fairline!)).toBe(FAIRLINE);
    expect(readFileSync(FAIRLINE, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('lists its commands on --help, with exit 0', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    for (const name of ['pull', 'assess', 'litmus', 'report']) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('names an unknown command in plain words, with the usage and exit 2', () => {
    const result = run(['asess']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^"asess" is not a fairline command\.\nUsage: fairline/);
    expect(result.stdout).toBe('');
  });

  it('prints the usage on standard error with exit 2 when no command is given', () => {
    const result = run([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Usage: fairline <command>/);
  });

  it.each(['pull', 'assess', 'litmus'])('gives the options of %s on --help', (name) => {
    const result = run([name, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: fairline ${name}`));
  });
});
