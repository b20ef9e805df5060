import { describe, expect, it } from 'vitest';
import { LEXICON_AR } from '../../src/rules/data/lexicon-ar';
import { LEXICON_EN } from '../../src/rules/data/lexicon-en';
import { compileLexicon, findSignals, findSignalsInEach } from '../../src/rules/match';
import { normalise } from '../../src/rules/normalise';

const EN = compileLexicon(LEXICON_EN);
const AR = compileLexicon(LEXICON_AR);

describe('findSignals', () => {
  it.each([
    ['I will sue you.', 'مرحبا، الطلب وصلني مكسور.'],
    ['Fix it or I will leave a one-star review on every site I can find.', 'لو ما رجعتوا فلوسي هكتب تقييم سيء في كل مكان.'],
    ['I already opened a dispute with my bank, just reship it.', 'إذا لم يتم رد المبلغ سأرفع دعوى قضائية ضدكم.'],
  ])('finds the same English phrases in "%s" whether or not an Arabic sentence stands beside it', (english, arabic) => {
    const alone = findSignals(normalise(english, { deleet: true }), EN);
    const body = `${arabic} ${english}`;
    const mixed = findSignals(normalise(body, { deleet: true }), EN);
    expect(alone.length).toBeGreaterThan(0);
    expect(mixed.map((m) => [m.kind, body.slice(m.start, m.end)])).toEqual(alone.map((m) => [m.kind, english.slice(m.start, m.end)]));
  });

  it('finds in each text of a batch what it finds in that text alone', () => {
    const texts = ['I will sue you.', 'Nothing to see here.', '', 'You idiots. إذا لم يتم رد المبلغ سأرفع دعوى قضائية ضدكم.', 'sue sue sue'].map((t) => normalise(t, { deleet: true }));
    for (const lexicon of [EN, AR]) expect(findSignalsInEach(texts, lexicon)).toEqual(texts.map((t) => findSignals(t, lexicon)));
  });

  it('reads Arabic sentences beside English ones, with spans into the original text', () => {
    const body = 'I will sue you. إذا لم يتم رد المبلغ سأرفع دعوى قضائية ضدكم.';
    const found = findSignals(normalise(body, { deleet: false }), AR);
    expect(found.map((m) => body.slice(m.start, m.end))).toContain('سأرفع دعوى');
  });
});

describe('negation inside a condition', () => {
  const kinds = (text: string) => findSignals(normalise(text, { deleet: true }), EN).map((m) => m.kind);

  it.each([
    'If the refund is not in my account by Monday my attorney will be in touch with you.',
    'Unless the parcel is not lost after all my lawyer will be contacting you.',
    'If you do not want me to sue you, refund me.',
  ])('keeps a threat the condition’s negator does not reach: %s', (text) => {
    expect(kinds(text)).toContain('legal_threat');
  });

  it.each(['If I do not sue you it is only because I am tired.', 'I will not sue you, I just want the right size.', 'Unless there is no other way I won’t sue.'])(
    'still reads a negated phrase as negated: %s',
    (text) => {
      expect(kinds(text)).not.toContain('legal_threat');
    },
  );
});

describe('what must and must not stand near an entry', () => {
  // A lexicon of one entry, so that the test reads the matcher's rule, not the shipped phrases.
  const lexicon = compileLexicon({
    ...LEXICON_EN,
    entries: [{ kind: 'review_threat', pattern: 'post (?:it|this) on reddit', context: 'or|unless', unless: 'five stars|great review' }],
  });
  const found = (text: string) => findSignals(normalise(text, { deleet: true }), lexicon).map((m) => text.slice(m.start, m.end));

  it('needs its context in the same sentence or the one before', () => {
    expect(found('Refund me or I post it on reddit.')).toEqual(['post it on reddit']);
    expect(found('Refund me or else. I am tired of this. I will post it on reddit.')).toEqual([]);
    expect(found('Unless I hear back today. I post it on reddit.')).toEqual(['post it on reddit']);
  });

  it('is cancelled by what it must not stand beside, in the same sentence or the one before', () => {
    expect(found('Fix the export or not, I will post it on reddit with a great review.')).toEqual([]);
    expect(found('Five stars from me. Fix it or I post it on reddit anyway.')).toEqual([]);
    expect(found('Five stars from me last year. Then it broke. Fix it or I post it on reddit.')).toEqual(['post it on reddit']);
  });
});
