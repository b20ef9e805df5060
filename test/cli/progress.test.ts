import { PassThrough } from 'node:stream';
import { createProgress } from '../../src/cli/progress';

function stream(isTTY: boolean) {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 120 });
  let text = '';
  s.setEncoding('utf8').on('data', (c: string) => (text += c));
  return { s, text: () => text };
}

describe('progress on standard error', () => {
  it('writes a plain line with count, rate and time left every 10 s when not on a terminal', () => {
    let now = 0;
    const { s, text } = stream(false);
    const progress = createProgress({ label: 'pull zendesk', unit: 'tickets', stream: s, now: () => now });
    now = 5_000;
    progress.update(10, 100, 1_000);
    expect(text()).toBe('');
    now = 10_000;
    progress.update(25, 100, 2_500);
    now = 20_000;
    progress.update(50, 100, 5_000);
    progress.stop();
    expect(text().split('\n').filter(Boolean)).toEqual([
      'pull zendesk: 2,500 tickets, 250 tickets/s, about 30 s left',
      'pull zendesk: 5,000 tickets, 250 tickets/s, about 20 s left',
      'pull zendesk: 5,000 tickets in 20 s',
    ]);
  });

  it('stays quiet for work too short for a line', () => {
    let now = 0;
    const { s, text } = stream(false);
    const progress = createProgress({ label: 'assess', unit: 'tickets', stream: s, now: () => now });
    now = 2_000;
    progress.update(1, 1, 3);
    progress.stop();
    expect(text()).toBe('');
  });

  it('draws a bar with the count and the rate on a terminal', () => {
    const { s, text } = stream(true);
    const progress = createProgress({ label: 'assess', unit: 'tickets', stream: s });
    progress.update(50, 100, 1_234);
    progress.stop();
    expect(text()).toMatch(/assess .*50% \| 1,234 tickets \| [\d,]+ tickets\/s \| .* left/);
  });
});
