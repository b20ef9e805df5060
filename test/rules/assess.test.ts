import { assess, assessEach, DEFAULT_SETTINGS } from '../../src/rules';
import { readTicket } from '../../src/rules/assess';
import { classify, MODEL_VOCABULARY } from '../../src/rules/classify';
import { context, NOW } from './build';

describe('assess', () => {
  it('reports the exact phrase behind a signal with offsets into the original comment', () => {
    const body = 'Hello.\n\nIf this is not fixed, MY LAWYER will be contacting you.';
    const { behaviour } = assess(context({ comments: ['first message', body] }), DEFAULT_SETTINGS, NOW);
    const signal = behaviour.signals.find((s) => s.kind === 'legal_threat');
    expect(signal).toMatchObject({ commentIndex: 1, evidence: 'MY LAWYER will be contacting' });
    expect(body.slice(signal!.start, signal!.end)).toBe(signal!.evidence);
  });

  it('lets the agent override the behaviour and the response follows', () => {
    const ctx = context({ comments: ['Where is my parcel?'] });
    const result = assess(ctx, DEFAULT_SETTINGS, NOW, { behaviour: 'belligerent' });
    expect(result.behaviour).toMatchObject({ primary: 'belligerent', confidence: 1 });
    expect(result.response).toMatchObject({ action: 'warning_shot', variant: 'belle' });
  });

  it('uses the context’s own time when it has one', () => {
    const ctx = { ...context({ comments: ['How do I add a user?'], history: [{ createdAt: '2026-01-02T00:00:00Z' }] }), now: '2026-01-03T00:00:00Z' };
    const later = assess(ctx, DEFAULT_SETTINGS, NOW);
    expect(later.ltv.supportCost).toBe(30);
  });

  it('keeps confidence between 0 and 1', () => {
    const { behaviour } = assess(context({ comments: ['You idiots, morons, clowns, I will sue, sue, sue.'] }), DEFAULT_SETTINGS, NOW);
    expect(behaviour.confidence).toBeGreaterThan(0);
    expect(behaviour.confidence).toBeLessThanOrEqual(1);
  });

  it('assesses a ticket with no comments as legitimate', () => {
    expect(assess(context({ comments: [] }), DEFAULT_SETTINGS, NOW).behaviour.primary).toBe('legitimate');
  });

  it('assesses a batch in order, each ticket with its own signals, language and history', () => {
    const contexts = [
      { ...context({ comments: ['My lawyer will contact you.'] }), id: 'legal' },
      { ...context({ comments: ['انتو اغبياء وما حد فاهم شي.'], locale: 'ar' }), id: 'insult' },
      { ...context({ comments: ['Where is my parcel?'] }), id: 'question' },
      { ...context({ comments: ['Thanks!\n> I will sue you\n> Ana'] }), id: 'quoted' },
    ];
    const results = assessEach(contexts, DEFAULT_SETTINGS, NOW);
    expect(results.map((r) => [r.id, r.behaviour.primary, r.response.language])).toEqual([
      ['legal', 'legal_threat', 'en'],
      ['insult', 'belligerent', 'ar'],
      ['question', 'legitimate', 'en'],
      ['quoted', 'legitimate', 'en'],
    ]);
    expect(results).toEqual(contexts.map((c) => assess(c, DEFAULT_SETTINGS, NOW)));
  });

  it('checks the suggested reply it gives, alone and in a batch, and keeps the contract\'s order of fields', () => {
    const settings = { ...DEFAULT_SETTINGS, agentName: 'SUPPORT TEAM' };
    const ctx = context({ comments: ['Where is my parcel?'] });
    const alone = assess(ctx, settings, NOW);
    expect(alone.response.reply).toContain('SUPPORT TEAM');
    expect(alone.response.litmus.pass).toBe(false);
    expect(alone.response.litmus.findings.map((f) => f.kind)).toContain('shouting');
    expect(assessEach([ctx], settings, NOW)).toEqual([alone]);
    expect(Object.keys(alone.response)).toEqual(['action', 'variant', 'rationale', 'reply', 'litmus', 'why', 'internalNote', 'reviewReply', 'tags', 'language']);
  });

  it('classifies from the words the model weighs as it does from every word', () => {
    const contexts = [
      context({ comments: ['My lawyer will contact you about this order.'] }),
      context({ comments: ['انتو اغبياء وما حد فاهم شي، وسأرفع دعوى قضائية.'], locale: 'ar' }),
      context({ comments: ['Could you just set it up for me like last time? I am not reading the guide.'] }),
    ];
    for (const ctx of contexts) {
      const every = readTicket(ctx, DEFAULT_SETTINGS, NOW);
      const known = readTicket(ctx, DEFAULT_SETTINGS, NOW, undefined, MODEL_VOCABULARY);
      expect([...known.features]).toEqual([...every.features].filter(([name]) => name.startsWith('#') || name.startsWith('@') || MODEL_VOCABULARY.word(name) || (name.includes(' ') && MODEL_VOCABULARY.pair(...(name.split(' ') as [string, string])))));
      expect(known.features.size).toBeLessThan(every.features.size);
      expect(classify(known.facts, known.features, ctx.ticket.comments)).toEqual(classify(every.facts, every.features, ctx.ticket.comments));
    }
  });

  it('assesses an empty batch as nothing', () => {
    expect(assessEach([], DEFAULT_SETTINGS, NOW)).toEqual([]);
  });
});

describe('assess at the edge of the range of dates', () => {
  it('leaves the closure date out of an ending instead of failing when now plus the window is past the last date', () => {
    const ctx = { ...context({ comments: ['You are all idiots.'], history: [{ tags: ['fairline_warning'] }] }), now: '+275760-09-01T00:00:00.000Z' };
    const service = { ...DEFAULT_SETTINGS, businessType: 'service' as const };
    const result = assess(ctx, service, NOW);
    expect(result.response.reply).not.toMatch(/undefined|\{closureDate\}|Invalid/);
  });
});

describe('assess on a comment that repeats a phrase thousands of times', () => {
  it('reports at most 20 signals of one kind per comment and says how many it left out', () => {
    const result = assess(context({ comments: ['I will sue you. '.repeat(5_000)] }), DEFAULT_SETTINGS, NOW);
    expect(result.behaviour.signals.filter((s) => s.kind === 'legal_threat')).toHaveLength(20);
    expect(result.behaviour.signalsOmitted).toBeGreaterThan(4_000);
    expect(result.behaviour.primary).toBe('legal_threat');
  });

  it('says nothing of omitted signals when none were left out', () => {
    expect(assess(context({ comments: ['I will sue you.'] }), DEFAULT_SETTINGS, NOW).behaviour).not.toHaveProperty('signalsOmitted');
  });
});
