import fc from 'fast-check';
import { assess, assessEach, DEFAULT_SETTINGS, parseSettings, parseTicketContext, type Comment } from '../../src/rules';
import { context, NOW } from './build';

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }));
const comment = fc.record({ author: fc.constantFrom<Comment['author']>('customer', 'agent'), body: anyText });
const anyContext = fc.record({
  comments: fc.array(comment, { maxLength: 5 }),
  lifetimeValue: fc.oneof(fc.constant(null), fc.double({ min: -1e6, max: 1e9, noNaN: true })),
  locale: fc.oneof(fc.constant('ar'), fc.constant('en-US'), fc.string({ maxLength: 8 })),
  name: anyText,
});

describe('assess on arbitrary input', () => {
  it('never throws and every evidence span is its phrase in the original comment', () => {
    fc.assert(
      fc.property(anyContext, (options) => {
        const ctx = context(options);
        const result = assess(ctx, DEFAULT_SETTINGS, NOW);
        for (const signal of result.behaviour.signals) {
          const body = ctx.ticket.comments[signal.commentIndex]?.body ?? '';
          expect(signal.start).toBeLessThan(signal.end);
          expect(body.slice(signal.start, signal.end)).toBe(signal.evidence);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same assessment twice for the same input', () => {
    fc.assert(
      fc.property(anyContext, (options) => {
        const ctx = context(options);
        expect(assess(ctx, DEFAULT_SETTINGS, NOW)).toEqual(assess(ctx, DEFAULT_SETTINGS, NOW));
      }),
      { numRuns: 100 },
    );
  });

  it('assesses each context of a batch exactly as it assesses that context alone', () => {
    fc.assert(
      fc.property(fc.array(anyContext, { maxLength: 6 }), (batch) => {
        const contexts = batch.map((options, k) => ({ ...context(options), id: `case-${k}` }));
        expect(assessEach(contexts, DEFAULT_SETTINGS, NOW)).toEqual(contexts.map((c) => assess(c, DEFAULT_SETTINGS, NOW)));
      }),
      { numRuns: 100 },
    );
  });

  it('does not change its input', () => {
    fc.assert(
      fc.property(anyContext, (options) => {
        const ctx = context(options);
        const before = structuredClone(ctx);
        assess(ctx, DEFAULT_SETTINGS, NOW);
        expect(ctx).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it('finds a threat wherever it stands in neutral text, and points at it', () => {
    const filler = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 '.split('')), maxLength: 200 });
    const threat = fc.constantFrom('I will sue you', 'my lawyer will contact you', 'I will s.u.e you', 'I will $ue you', 'سأرفع دعوى قضائية');
    fc.assert(
      fc.property(filler, threat, filler, (before, phrase, after) => {
        const body = `${before}. ${phrase}. ${after}`;
        const { behaviour } = assess(context({ comments: [body] }), DEFAULT_SETTINGS, NOW);
        const at = before.length + 2;
        const legal = behaviour.signals.filter((s) => s.kind === 'legal_threat');
        expect(behaviour.primary).toBe('legal_threat');
        expect(legal.some((s) => s.start >= at && s.end <= at + phrase.length)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parsers on arbitrary input', () => {
  it('parseTicketContext answers every value with a context or a plain error, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = parseTicketContext(raw);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('parseSettings always returns complete settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('vipThreshold', 'goodwillTiers', 'businessType', 'warningTag', 'repeatThreshold'), fc.anything())), (raw) => {
        const { settings } = parseSettings(raw);
        expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        expect(Number.isFinite(settings.vipThreshold)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
