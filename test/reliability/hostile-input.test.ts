import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { assess, DEFAULT_SETTINGS, parseTicketContext } from '../../src/rules';
import { assessLine } from '../../src/cli/assessLine';
import { FAIRLINE } from '../cli/bin';
import { context, NOW } from '../rules/build';

const assessed = (raw: unknown) => {
  const parsed = parseTicketContext(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return assess(parsed.context, DEFAULT_SETTINGS, NOW);
};

describe('hostile input to the rules module', () => {
  it('assesses a 5 MB comment of lone surrogates and bidi controls without throwing', () => {
    const body = 'ab\uD800cd \u202e\u200b'.repeat(650_000);
    expect(body.length).toBeGreaterThan(5_000_000);
    expect(assessed({ id: 'x', ticket: { comments: [{ author: 'customer', body }] }, customer: {} }).behaviour.primary).toBe('legitimate');
  });

  it('assesses 10 000 comments and still finds the threat in the last one', () => {
    const comments = Array.from({ length: 10_000 }, (_, i) => ({ author: i % 2 ? 'agent' : 'customer', body: `Message ${i}, where is my order?` }));
    comments.push({ author: 'customer', body: 'My lawyer will be contacting you.' });
    const result = assessed({ id: 'x', ticket: { comments }, customer: {} });
    expect(result.behaviour.primary).toBe('legal_threat');
    expect(result.behaviour.signals.find((s) => s.kind === 'legal_threat')?.commentIndex).toBe(10_000);
  });

  it('reads every control character and code point without throwing', () => {
    const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join('');
    expect(() => assess(context({ comments: [all, all.split('').reverse().join('')] }), DEFAULT_SETTINGS, NOW)).not.toThrow();
  });

  it.each([
    ['a list', '[[[[1]]]]', 'should be an object but is a list'],
    ['200 000 levels of nesting', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'should be an object but is a list'],
    ['a deeply nested ticket', `{"id":"d","ticket":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`, '"ticket.comments" is missing'],
    ['a number where text belongs', '{"id":"n","ticket":{"comments":[{"author":"customer","body":7}]},"customer":{}}', 'should be text but is 7'],
    ['binary garbage', '\u0000\u0001\uFFFD{', 'not valid JSON'],
  ])('answers %s with a plain error', (_, line, reason) => {
    const answer = JSON.parse(assessLine(line, DEFAULT_SETTINGS, NOW, null)) as { error: string };
    expect(answer.error).toContain(reason);
  });

  it('answers any JSON value with an assessment or a plain error', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const answer = JSON.parse(assessLine(JSON.stringify(value), DEFAULT_SETTINGS, NOW, null)) as Record<string, unknown>;
        expect('error' in answer || 'behaviour' in answer).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers contexts with a wrong type in any one field with a plain error naming it', () => {
    const valid = context({ comments: ['hello'] });
    const paths = [['id'], ['ticket', 'comments'], ['ticket', 'tags'], ['customer', 'lifetimeValue'], ['customer', 'tags'], ['history'], ['now']];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.object(), fc.boolean()), (path, wrong) => {
        const broken = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
        if (path.length === 1) (broken as unknown as Record<string, unknown>)[path[0]!] = wrong;
        else broken[path[0]!]![path[1]!] = wrong;
        const result = parseTicketContext(broken);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toContain(`"${path.join('.')}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile input to the assess command', () => {
  it('writes one answer per line for a mix of huge, broken and valid lines', () => {
    const huge = JSON.stringify(context({ comments: ['x'.repeat(3_000_000)] }));
    const input = [huge, '{"id":', '', 'null', JSON.stringify(context({ comments: ['You idiots.'] }))].join('\n');
    const result = spawnSync(process.execPath, [FAIRLINE, 'assess'], {
      cwd: join(import.meta.dirname, '..', '..'),
      input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => ('error' in l ? 'error' : (l.behaviour as { primary: string }).primary))).toEqual(['legitimate', 'error', 'error', 'belligerent']);
  });
});
