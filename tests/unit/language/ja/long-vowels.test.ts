import { describe, expect, it } from 'vitest';
import { longVowelSpellings } from '../../../../utils/language/ja/long-vowels';

const show = (text: string) =>
  longVowelSpellings(text).map(
    (s) => s.text + s.stretches.map((m) => ` ${m.kind === 'dropped' ? '-' : '+'}${m.at}`).join(''),
  );

describe('long-vowel spellings of a pattern', () => {
  it.each([
    ['ざまあみろ', ['ざまあみろ', 'ざまーみろ', 'ざまみろ -2']],
    ['しょうがな', ['しょうがな', 'しょーがな', 'しょがな -2', 'しょおがな +2']],
    ['せんせい', ['せんせい', 'せんせー', 'せんせえ +3']],
    ['おにいさん', ['おにいさん', 'おにーさん']],
    ['らーめん', ['らーめん', 'らめん -1', 'らあめん +1']],
    ['腹が立', ['腹が立']],
    ['ふぁん', ['ふぁん']],
    ['まいにち', ['まいにち']],
  ])('%s → %j', (text, spellings) => {
    expect(show(text)).toEqual(spellings);
  });

  it('respells at most two long vowels', () => {
    expect(longVowelSpellings('こうこうせい')).toHaveLength(16);
  });

  it('maps offsets of the text as given into each spelling', () => {
    const dropped = longVowelSpellings('ざまあみろ').find((s) => s.text === 'ざまみろ')!;
    expect(dropped.map).toEqual([0, 1, 2, 2, 3, 4]);
  });
});
