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
