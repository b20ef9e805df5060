import { assess, DEFAULT_SETTINGS, type Behaviour } from '../../src/rules';
import { context, daysAgo, earlierTickets, NOW } from './build';

const LEGAL = 'Refund me by Friday or my lawyer will be contacting you.';
const INSULT = 'You are all useless idiots.';
const REVIEW = 'Fix this today or I will leave a one-star review everywhere.';
const WARNED = { history: [{ createdAt: daysAgo(40), tags: ['fairline_warning'] }] };
const TERMINATED = { customerTags: ['fairline_terminated'] };

const actionFor = (comment: string, extra = {}) => assess(context({ comments: [comment], ...extra }), DEFAULT_SETTINGS, NOW).response;

describe('the policy ladder', () => {
  it.each([
    [INSULT, 'belle'],
    [REVIEW, 'xavier'],
  ])('gives a first warning shot for %j', (comment, variant) => {
    expect(actionFor(comment)).toMatchObject({ action: 'warning_shot', variant });
  });

  it.each([INSULT, REVIEW])('ends the relationship with a refund after a prior warning: %j', (comment) => {
    expect(actionFor(comment, WARNED).action).toBe('terminate_with_refund');
  });

  it('forgets a warning older than the warning memory', () => {
    expect(actionFor(INSULT, { history: [{ createdAt: daysAgo(200), tags: ['fairline_warning'] }] }).action).toBe('warning_shot');
  });

  it('counts a warning tag on the open ticket', () => {
    expect(actionFor(INSULT, { ticketTags: ['fairline_warning'] }).action).toBe('terminate_with_refund');
  });

  it('lets a legal threat skip the warning shot', () => {
    expect(actionFor(LEGAL)).toMatchObject({ action: 'terminate_legal', variant: null });
  });

  it('keeps a legal threat with counsel even for a terminated customer', () => {
    expect(actionFor(LEGAL, TERMINATED).action).toBe('terminate_legal');
  });

  it.each([INSULT, 'Where is my parcel?', 'I typed my old address by mistake.'])('walks away from a terminated customer: %j', (comment) => {
    expect(actionFor(comment, TERMINATED).action).toBe('walk_away');
  });

  it('treats a terminated tag on an earlier ticket as terminated', () => {
    expect(actionFor('Hello?', { history: [{ createdAt: daysAgo(300), tags: ['fairline_terminated'] }] }).action).toBe('walk_away');
  });

  it('gives no VIP an exemption from the abuse ladder', () => {
    expect(actionFor(INSULT, { lifetimeValue: 50_000 })).toMatchObject({ action: 'warning_shot', tags: ['fairline_warning', 'fairline_vip', 'fairline_belligerent'] });
  });

  it('takes care of a VIP customer error and explains the policy to others', () => {
    const comment = 'I typed my old address at checkout, sorry.';
    expect(actionFor(comment, { lifetimeValue: 1500 }).action).toBe('vip_goodwill');
    expect(actionFor(comment, { lifetimeValue: 300 }).action).toBe('explain_policy');
  });

  it('extends goodwill to the tiers the settings name', () => {
    const settings = { ...DEFAULT_SETTINGS, goodwillTiers: ['loyal' as const, 'vip' as const] };
    const ctx = context({ comments: ['I typed my old address at checkout.'], lifetimeValue: 300 });
    expect(assess(ctx, settings, NOW).response.action).toBe('vip_goodwill');
  });

  it('sends a chargeback through the dispute process', () => {
    expect(actionFor('I already filed a chargeback with my bank, so reship it now.').action).toBe('dispute_process');
  });

  it('resolves an ordinary request', () => {
    expect(actionFor('My order arrived damaged, can you send a new one?')).toMatchObject({ action: 'resolve', tags: ['fairline_legitimate'] });
  });
});

describe('willful ignorance needs a pattern', () => {
  const QUESTION = 'How do I export my invoices to a spreadsheet?';

  it('treats a docs question without a pattern as legitimate', () => {
    expect(assess(context({ comments: [QUESTION] }), DEFAULT_SETTINGS, NOW).behaviour.primary).toBe('legitimate');
  });

  it('sees a pattern in repeated tickets inside the window', () => {
    const result = assess(context({ comments: [QUESTION], history: earlierTickets(4) }), DEFAULT_SETTINGS, NOW);
    expect(result.behaviour.primary).toBe('willful_ignorance');
    expect(result.response).toMatchObject({ action: 'warning_shot', variant: 'will' });
  });

  it('does not count tickets outside the window', () => {
    const history = [3, 20, 25, 30].map((d) => ({ createdAt: daysAgo(d) }));
    expect(assess(context({ comments: [QUESTION], history }), DEFAULT_SETTINGS, NOW).behaviour.primary).toBe('legitimate');
  });

  it('sees a pattern in a net drain with three earlier tickets', () => {
    const history = [40, 80, 120].map((d) => ({ createdAt: daysAgo(d) }));
    const result = assess(context({ comments: [QUESTION], history, lifetimeValue: 25 }), DEFAULT_SETTINGS, NOW);
    expect(result.behaviour.primary).toBe('willful_ignorance');
  });

  it('sees a pattern in a refusal to learn with two tickets this month', () => {
    const comment = "I'm not a coder, that's what I pay you for. Can you just set it up for me?";
    const history = earlierTickets(2);
    expect(assess(context({ comments: [comment], history }), DEFAULT_SETTINGS, NOW).behaviour.primary).toBe('willful_ignorance');
    expect(assess(context({ comments: [comment] }), DEFAULT_SETTINGS, NOW).behaviour.primary).toBe('legitimate');
  });
});

describe('precedence', () => {
  it.each<[string, Behaviour]>([
    ['You idiots. I will sue you and leave a one-star review.', 'legal_threat'],
    ['You idiots. I filed a chargeback and will leave a one-star review.', 'payment_dispute'],
    ['You idiots, I will leave a one-star review.', 'review_extortion'],
  ])('picks the highest behaviour in %j and still reports every signal', (comment, primary) => {
    const { behaviour } = assess(context({ comments: [comment] }), DEFAULT_SETTINGS, NOW);
    expect(behaviour.primary).toBe(primary);
    expect(behaviour.signals.length).toBeGreaterThan(1);
  });

  it('reads only customer comments, never the agent', () => {
    const comments = [{ author: 'agent' as const, body: 'We will sue you, idiot.' }, 'Thanks for the help!'];
    expect(assess(context({ comments }), DEFAULT_SETTINGS, NOW).behaviour).toMatchObject({ primary: 'legitimate', signals: [] });
  });

  it('ignores threats in quoted earlier mail', () => {
    const body = 'Thanks, all sorted.\n\nOn Mon, 3 Oct 2026, Alex <a@example.com> wrote:\n> I will sue you';
    expect(assess(context({ comments: [body] }), DEFAULT_SETTINGS, NOW).behaviour.primary).toBe('legitimate');
  });
  it('explains a warning for repeated docs questions as that, not as abuse', () => {
    const { response } = assess(context({ comments: ['How do I add a user?'], history: earlierTickets(5) }), DEFAULT_SETTINGS, NOW);
    expect(response.action).toBe('warning_shot');
    expect(response.rationale).toMatch(/guides/);
    expect(response.rationale).not.toMatch(/abuse/i);
  });

  it('explains a warning for an insult as the first abuse on record', () => {
    const { response } = assess(context({ comments: ['You useless idiots.'] }), DEFAULT_SETTINGS, NOW);
    expect(response.rationale).toMatch(/First abuse on record/);
  });

  it('words the rationale and the internal note in the agent’s language, and the reply in the customer’s', () => {
    const settings = { ...DEFAULT_SETTINGS, counselEmail: 'legal@acme.test' };
    const { response } = assess(context({ comments: [LEGAL] }), settings, NOW, { agentLanguage: 'ar' });
    expect(response.rationale).toMatch(/\p{Script=Arabic}/u);
    expect(response.internalNote).toMatch(/\p{Script=Arabic}/u);
    expect(response.internalNote).toContain('(legal@acme.test)');
    expect(response.reply).toMatch(/^Hi/);
  });

  it('words the guidance in English when no agent language is given, as the command line does', () => {
    const { response } = assess(context({ comments: [LEGAL] }), DEFAULT_SETTINGS, NOW);
    expect(response.internalNote).toBe('Forward this ticket to counsel and stop discussing the matter with the customer.');
  });
});
