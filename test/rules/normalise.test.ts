import { normalise } from '../../src/rules';

const plain = (text: string) => normalise(text, { deleet: false }).text;
const leet = (text: string) => normalise(text, { deleet: true }).text;

describe('normalise', () => {
  it.each([
    ['folds case and full-width letters', 'ＳＵＥ You', 'sue you'],
    ['removes zero-width and bidi characters', 's\u200bu\u202ee', 'sue'],
    ['joins letters spelled out with dots', 's.u.e', 'sue'],
    ['joins letters spelled out with spaces', 'l a w y e r', 'lawyer'],
    ['squeezes stretched letters', 'stuuuupid', 'stupid'],
    ['collapses runs of white space', 'a \n\t  b', 'a b'],
    ['reads Cyrillic look-alikes as Latin', 'іdіоt', 'idiot'],
    ['drops Latin accents', 'idióts', 'idiots'],
  ])('%s', (_, input, expected) => {
    expect(plain(input)).toBe(expected);
  });

  it.each([
    ['removes Arabic diacritics', 'مُحَامِي', 'محامي'],
    ['removes tatweel', 'محـــامي', 'محامي'],
    ['folds alef variants to bare alef', 'أحمد إسلام آمال', 'احمد اسلام امال'],
    ['folds alef maqsura to yeh', 'على', 'علي'],
    ['folds teh marbuta to heh', 'محكمة', 'محكمه'],
    ['reads Arabic-Indic digits as digits', '١٢٣', '123'],
    ['reads Arabic presentation forms', 'ﻻ', 'لا'],
  ])('%s', (_, input, expected) => {
    expect(plain(input)).toBe(expected);
  });

  it('reads leetspeak inside Latin words only when asked', () => {
    expect(leet('I will $ue, l4wyer')).toBe('i will sue, lawyer');
    expect(plain('I will $ue')).toBe('i will $ue');
  });

  it('leaves numbers that are not part of a word alone', () => {
    expect(leet('refund $148 by 3 May')).toBe('refund $148 by 3 may');
  });

  it('keeps Franco-Arabic digits as letters when leetspeak is off', () => {
    expect(plain('7aramy 3ala')).toBe('7aramy 3ala');
  });

  it('maps every normalised character back to a range of the original', () => {
    const original = 'Ｙou  are   ｉｄｉｏｔｓ, s.u.e';
    const n = normalise(original, { deleet: true });
    expect(n.starts).toHaveLength(n.text.length);
    const at = n.text.indexOf('idiots');
    expect(original.slice(n.starts[at], n.ends[at + 'idiots'.length - 1])).toBe('ｉｄｉｏｔｓ');
    const sue = n.text.indexOf('sue');
    expect(original.slice(n.starts[sue], n.ends[sue + 2])).toBe('s.u.e');
  });

  it('normalises only the requested range, with offsets into the whole text', () => {
    const n = normalise('skip THIS part', { deleet: false }, 5, 9);
    expect(n.text).toBe('this');
    expect(n.starts[0]).toBe(5);
  });

  it('keeps astral characters whole', () => {
    const n = normalise('ok 😀 ok', { deleet: false });
    expect(n.text).toBe('ok 😀 ok');
  });

  it('joins a hyphen-spelled word but keeps the article before it apart', () => {
    expect(normalise("I'm filing a c-h-a-r-g-e-b-a-c-k", { deleet: false }).text).toBe("i'm filing a chargeback");
  });

  it('reads a number with its unit as a number, not as leetspeak', () => {
    expect(normalise('my 14k followers want a 1-star 2tb drive', { deleet: true }).text).toBe('my 14k followers want a 1-star 2tb drive');
    expect(normalise('you 1d10ts', { deleet: true }).text).toBe('you idiots');
  });

  it('joins an Arabic word split by a hyphen, or by a dot beside a kashida, but keeps a full stop typed without its space', () => {
    expect(normalise('المحـ.ـامي والتشـ-ـارج', { deleet: false }).text).toBe('المحامي والتشارج');
    expect(normalise('محا-مي', { deleet: false }).text).toBe('محامي');
    expect(normalise('شكرا.الطلب وصل', { deleet: false }).text).toBe('شكرا.الطلب وصل');
  });

  it('reads a lone digit before letters that are no unit as a letter, and keeps units after a lone digit', () => {
    expect(normalise('i will 5ue you, 1diot', { deleet: true }).text).toBe('i will sue you, idiot');
    expect(normalise('5kg on the 3rd, 2hrs at 10am, 4k tv, 3yrs', { deleet: true }).text).toBe('5kg on the 3rd, 2hrs at 10am, 4k tv, 3yrs');
  });
});
