import { customerSignals } from '../../src/rules/signals';
import { LEXICON_EN } from '../../src/rules/data/lexicon-en';
import { normalise, RARE_DOUBLES } from '../../src/rules/normalise';

const kindsIn = (body: string) => customerSignals([{ author: 'customer', body, createdAt: '2026-11-01T00:00:00Z', public: true }]).map((s) => s.kind);
const between = (word: string, mark: string) => [...word].join(mark);

describe('disguised words are read as the words a reader sees', () => {
  it.each([
    ['the Mongolian vowel separator', '\u180e'],
    ['the deprecated format characters U+206A–206F', '\u206a\u206f'],
    ['tag characters', '\u{e0020}\u{e007f}'],
    ['interlinear annotation marks', '\ufff9\ufffb'],
    ['musical format characters', '\u{1d173}\u{1d17a}'],
    ['Hangul fillers', '\u3164\u115f\uffa0'],
    ['the braille blank', '\u2800'],
    ['C0 control characters', '\u0001\u001f'],
    ['C1 control characters', '\u0080\u009f'],
    ['the byte order mark', '\ufeff'],
  ])('a threat with %s inside its words is still a threat', (_, mark) => {
    expect(kindsIn(`I will ${between('sue', mark)} you`)).toContain('legal_threat');
    expect(kindsIn(`I will file a ${between('chargeback', mark)}`)).toContain('chargeback');
    expect(kindsIn(`انتم ${between('أغبياء', mark)}`)).toContain('insult');
  });

  it('reads a word written backwards inside a right-to-left override as it shows on screen', () => {
    expect(kindsIn('I will \u202eeus\u202c you')).toContain('legal_threat');
    expect(kindsIn('I am filing a \u202ekcabegrahc\u202c today')).toContain('chargeback');
  });

  it('reads Arabic written backwards inside a left-to-right override as it shows on screen', () => {
    expect(kindsIn(`انتم \u202d${[...'أغبياء'].reverse().join('')}\u202c`)).toContain('insult');
  });

  it('reports the whole disguised word as the evidence of a reversed threat', () => {
    const body = 'I will \u202eeus\u202c you';
    const signal = customerSignals([{ author: 'customer', body, createdAt: '2026-11-01T00:00:00Z', public: true }]).find((s) => s.kind === 'legal_threat');
    expect(signal?.evidence).toContain('eus');
  });

  it.each([['. '], ['+'], [','], ['~']])('joins the letters of a word spelled out with "%s"', (separator) => {
    expect(kindsIn(`I will ${between('sue', separator)} you`)).toContain('legal_threat');
    expect(kindsIn(`you are ${between('idiots', separator)}`)).toContain('insult');
  });

  it.each([
    ['I will suue you', 'legal_threat'],
    ['you are idiiots', 'insult'],
    ['I will file a chargebaack', 'chargeback'],
  ])('reads the doubled letter English never doubles in "%s" as one', (body, kind) => {
    expect(kindsIn(body)).toContain(kind);
  });

  it.each([
    ['Armenian', 'I will sսe yօu'],
    ['Cherokee', 'I will ꮪue you'],
    ['small capital', 'I will ꜱᴜᴇ ʏᴏᴜ'],
    ['Cyrillic', 'I will ѕuе you'],
  ])('reads %s look-alike letters as the Latin ones', (_, body) => {
    expect(kindsIn(body)).toContain('legal_threat');
  });

  it('reads small capitals of every letter as the letters', () => {
    expect(normalise('ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ', { deleet: false }).text).toBe('abcdefghijklmnoprstuvwyz');
  });
});

describe('hard negatives: ordinary text stays ordinary', () => {
  it('keeps common English doubles: a "good" "sorry" "fee" is no disguise', () => {
    expect(normalise('good sorry fee will', { deleet: true }).text).toBe('good sorry fee will');
  });

  it('keeps Arabic letters Arabic, though some look like Latin ones (ه is not "o")', () => {
    expect(normalise('هو محامي', { deleet: false }).text).toBe('هو محامي');
  });

  it('keeps a list of single letters with commas when it spells nothing', () => {
    expect(kindsIn('Options a, b, c are all fine, thanks')).toEqual([]);
  });

  it('keeps currency signs as signs: ¥500 is no word', () => {
    expect(normalise('¥500 × 2', { deleet: false }).text).toBe('¥500 × 2');
  });

  it('finds nothing in a right-to-left override of ordinary words', () => {
    expect(kindsIn('Order \u202e12345\u202c arrived, thank you')).toEqual([]);
  });

  it('no English lexicon pattern holds a letter the English reading undoubles, so every entry can still match', () => {
    const patterns = LEXICON_EN.entries.map((e) => e.pattern).join('\n');
    for (const letter of RARE_DOUBLES) expect(patterns).not.toContain(letter + letter);
  });
});
