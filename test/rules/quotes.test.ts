import { customerSegments } from '../../src/rules/quotes';

const kept = (body: string) => customerSegments(body).map((s) => body.slice(s.start, s.end)).join('');

describe('customerSegments', () => {
  it('keeps a body without quotes whole', () => {
    expect(kept('Where is my order?')).toBe('Where is my order?');
  });

  it('leaves out lines quoted with >', () => {
    expect(kept('Thanks.\n> I will sue you\n>> older\nBye')).toBe('Thanks.\nBye');
  });

  it('leaves out everything from an "On … wrote:" header', () => {
    expect(kept('Still broken.\n\nOn Mon, 3 Oct 2026, Support <help@example.com> wrote:\nWe will sue you')).toBe('Still broken.\n\n');
  });

  it('leaves out a forwarded or original message', () => {
    expect(kept('See below.\n-----Original Message-----\nYou idiots')).toBe('See below.\n');
    expect(kept('FYI\n---------- Forwarded message ---------\nlawsuit')).toBe('FYI\n');
  });

  it('leaves out an Arabic reply header and what follows', () => {
    expect(kept('شكرا\nفي 3 أكتوبر 2026، كتب فريق الدعم:\nنص قديم')).toBe('شكرا\n');
  });

  it('does not treat "on" in the middle of a sentence as a header', () => {
    expect(kept('I wrote to you on Monday.\nStill waiting.')).toBe('I wrote to you on Monday.\nStill waiting.');
  });
});

describe('customerSegments, keeping the customer’s own words around quoted mail', () => {
  it('keeps what the customer wrote below a header and its quoted block', () => {
    const body = 'On Wed, Nov 11, 2026 at 9:14 AM Support <help@example.com> wrote:\n> The fee is non-refundable.\n> Best, Support\n\nthen I will see you in small claims';
    expect(kept(body).trim()).toBe('then I will see you in small claims');
  });

  it('keeps the customer’s words below an Arabic header and its quoted block', () => {
    const body = 'في الثلاثاء، ١٠ نوفمبر ٢٠٢٦، كتب فريق الدعم:\n> لا يمكن الاسترجاع.\n\nنشوفكم في المحكمة';
    expect(kept(body).trim()).toBe('نشوفكم في المحكمة');
  });

  it('does not take a sentence that says someone wrote something for a header', () => {
    const body = 'On Friday your agent wrote: refund in 3 days. It’s been 2 weeks, so I will file a chargeback.';
    expect(kept(body)).toBe(body);
  });

  it('keeps one line the customer starts with ">" when no header comes before it', () => {
    expect(kept('> still waiting for my refund\nthree weeks now')).toBe('> still waiting for my refund\nthree weeks now');
  });

  it('still leaves out a block of quoted lines with no header', () => {
    expect(kept('Answer below.\n> old line one\n> old line two\nMy answer')).toBe('Answer below.\nMy answer');
  });

  it('reads a long body with many headers in time proportional to its length', () => {
    const body = 'On 1 Jan 2026, A <a@b.c> wrote:\n> x\nmine\n'.repeat(20_000);
    const started = performance.now();
    expect(kept(body)).toBe('mine\n'.repeat(20_000));
    // Loose bound: a quadratic reading of 20 000 headers would take minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
