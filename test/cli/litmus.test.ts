import { spawnSync } from 'node:child_process';
import { FAIRLINE, ROOT } from './bin';


function run(args: string[], input: string) {
  const result = spawnSync(process.execPath, [FAIRLINE, 'litmus', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: result.status, answers: result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: result.stderr };
}

describe('fairline litmus', () => {
  it('answers each reply with pass and findings, in order, in the language of its locale or its script', () => {
    const input = [
      { id: 'a', text: 'As I already explained, you should have read the guide.', action: 'explain_policy' },
      { id: 'b', text: 'Thank you, the refund is on its way.' },
      { id: 'c', text: 'كما ذكرت لك سابقاً، لا يمكن إرجاع المنتج.' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, answers } = run([], input);
    expect(code).toBe(0);
    expect(answers.map((a) => [a.id, a.pass])).toEqual([['a', false], ['b', true], ['c', false]]);
    expect((answers[0]!.findings as { kind: string }[]).map((f) => f.kind)).toEqual(['passive_aggressive', 'blame']);
  });

  it('answers a line that holds no reply with its line number and a plain reason, and goes on', () => {
    const { answers } = run([], ['{broken', '{"id":"x","text":5}', '{"id":"y","text":"Hi","action":"shout"}', '{"id":"z","text":"Fine."}'].join('\n'));
    expect(answers[0]).toMatchObject({ id: null, line: 1, error: expect.stringMatching(/not valid JSON/) });
    expect(answers[1]).toEqual({ id: 'x', line: 2, error: '"text" should be text' });
    expect(answers[2]).toMatchObject({ id: 'y', line: 3, error: expect.stringMatching(/"action" must be one of/) });
    expect(answers[3]).toMatchObject({ id: 'z', pass: true });
  });

  it('prints its help', () => {
    const result = spawnSync(process.execPath, [FAIRLINE, 'litmus', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toMatch(/^Usage: fairline litmus/);
  });
});
