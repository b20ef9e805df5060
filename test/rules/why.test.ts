import { assess, DEFAULT_SETTINGS } from '../../src/rules';
import { context, daysAgo, earlierTickets, NOW } from './build';

const warned = { id: 812, createdAt: daysAgo(20), tags: ['fairline_warning', 'fairline_belligerent'] };

describe('why this response: the facts behind the decision', () => {
  it('names the warning that moves abuse to an ending: its ticket, date and behaviour, and the customer’s words', () => {
    const result = assess(context({ comments: ['You people are useless idiots.'], history: [warned] }), DEFAULT_SETTINGS, NOW);
    expect(result.response.action).toBe('terminate_with_refund');
    expect(result.response.why).toContainEqual({ kind: 'warning', ticketId: '812', date: daysAgo(20).slice(0, 10), behaviour: 'belligerent' });
    expect(result.response.why.find((f) => f.kind === 'words')).toMatchObject({ evidence: expect.stringMatching(/idiots/) });
  });

  it('states the warning’s date and the customer’s words in the ending, and the ending still passes the litmus test', () => {
    const { response } = assess(context({ comments: ['You people are useless idiots.'], history: [warned] }), DEFAULT_SETTINGS, NOW);
    expect(response.reply).toContain(`on ${daysAgo(20).slice(0, 10)}`);
    expect(response.reply).toMatch(/Your latest message said: ".*idiots.*"\./);
    expect(response.litmus.pass).toBe(true);
  });

  it('leaves the warning date out of an ending when no warning ticket is on record', () => {
    const { response } = assess(context({ comments: ['You people are useless idiots.'], ticketTags: ['fairline_warning'] }), DEFAULT_SETTINGS, NOW);
    expect(response.reply).not.toMatch(/\{|undefined| on \./);
  });

  it('gives the repeat pattern and the net drain with their figures', () => {
    const { response } = assess(
      context({ comments: ['How do I export my invoices? Just do it for me.'], lifetimeValue: 40, history: earlierTickets(6) }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(response.why).toContainEqual({ kind: 'repeat', tickets: 6, days: DEFAULT_SETTINGS.repeatWindowDays });
    expect(response.why).toContainEqual({ kind: 'net_drain', supportCost: 7 * DEFAULT_SETTINGS.costPerTicket, value: 40 });
  });

  it('says where the ending is recorded for a customer we walked away from', () => {
    const ended = { id: 77, createdAt: daysAgo(40), tags: ['fairline_terminated'] };
    const { response } = assess(context({ comments: ['Can I get my data out?'], history: [ended] }), DEFAULT_SETTINGS, NOW);
    expect(response.action).toBe('walk_away');
    expect(response.why).toContainEqual({ kind: 'terminated', ticketId: '77', date: daysAgo(40).slice(0, 10) });
  });

  it('gives no facts for an ordinary request', () => {
    expect(assess(context({ comments: ['I was charged twice, please refund the duplicate.'] }), DEFAULT_SETTINGS, NOW).response.why).toEqual([]);
  });
});

describe('the answer to a posted review', () => {
  it('comes with a review threat: one diplomatic public reply in the customer’s language that passes the litmus test', async () => {
    const { litmus } = await import('../../src/rules');
    for (const [comment, language] of [
      ['Refund me today or I will leave a one-star review on Trustpilot.', 'en'],
      ['رجعوا فلوسي وإلا راح أكتب تقييم نجمة وحدة في جوجل.', 'ar'],
    ] as const) {
      const { response } = assess(context({ comments: [comment], locale: language }), DEFAULT_SETTINGS, NOW);
      expect(response.reviewReply).toBeTruthy();
      expect(litmus(response.reviewReply ?? '', { language, action: 'resolve' }).findings).toEqual([]);
    }
  });

  it('is absent for any other behaviour', () => {
    expect(assess(context({ comments: ['Where is my parcel?'] }), DEFAULT_SETTINGS, NOW).response.reviewReply).toBeNull();
  });
});
