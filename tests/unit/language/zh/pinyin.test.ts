import { describe, expect, it } from 'vitest';
import { markSyllable, numberedToMarked } from '../../../../utils/language/zh/pinyin';

describe('markSyllable', () => {
  it.each([
    ['ma1', 'mā'],
    ['ma2', 'má'],
    ['ma3', 'mǎ'],
    ['ma4', 'mà'],
    ['ma5', 'ma'],
    ['hao3', 'hǎo'],
    ['gou3', 'gǒu'],
    ['xie4', 'xiè'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['shuo1', 'shuō'],
    ['lu:4', 'lǜ'],
    ['nu:3', 'nǚ'],
    ['lu:e4', 'lüè'],
    ['Lu:3', 'Lǚ'],
    ['Zhong1', 'Zhōng'],
    ['Ou1', 'Ōu'],
    ['An1', 'Ān'],
    ['er2', 'ér'],
    ['zi5', 'zi'],
    ['n2', 'ń'],
    ['ng3', 'ňg'],
    ['m2', 'ḿ'],
    ['xx5', 'xx'],
  ])('%s → %s', (input, expected) => {
    expect(markSyllable(input)).toBe(expected);
  });

  it.each(['A', '·', ',', 'K', 'bô-siáⁿ-mi̍h'])('leaves %s unchanged', (input) => {
    expect(markSyllable(input)).toBe(input);
  });
});

describe('numberedToMarked', () => {
  it.each([
    ['gou3 na2 hao4 zi5', 'gǒu ná hào zi'],
    ['Zhong1 guo2', 'Zhōng guó'],
    ['yi1 dian3 r5', 'yī diǎnr'],
    ['wan2 r5', 'wánr'],
    ['san1 C', 'sān C'],
    ['A A zhi4', 'A A zhì'],
    ['Ka3 er3 · Ma3 ke4 si1', 'Kǎ ěr · Mǎ kè sī'],
    ['  nu:3  er2 ', 'nǚ ér'],
  ])('%s → %s', (input, expected) => {
    expect(numberedToMarked(input)).toBe(expected);
  });
});
