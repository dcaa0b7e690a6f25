import { describe, expect, it } from 'vitest';
import { normalize, originalSpan } from '../../../../utils/language/ja/normalize';

const match = (line: string) => normalize(line, { foldKana: true, dropSpaces: true });
const lookup = (line: string) => normalize(line, { foldKana: false, dropSpaces: false });

describe('normalize for matching', () => {
  it.each([
    ['腹が立った', '腹が立った'],
    ['カッコいい', 'かっこいい'],
    ['ｶﾞﾝﾊﾞﾚ', 'がんばれ'],
    ['ＯＫです', 'OKです'],
    ['すごーい', 'すごい'],
    ['すご〜い', 'すごい'],
    ['すご～い', 'すごい'],
    ['すごーーーい', 'すごい'],
    ['すげー', 'すげえ'],
    ['すげぇ', 'すげえ'],
    ['すごぉい', 'すごい'],
    ['ねーよ', 'ねえよ'],
    ['すげーな', 'すげえな'],
    ['すげぇよ', 'すげえよ'],
    ['かわいーね', 'かわいいね'],
    ['ほんとーに', 'ほんとに'],
    ['痛ーい', '痛い'],
    ['ラーメン', 'らーめん'],
    ['ファン', 'ふぁん'],
    ['うるさいっ！', 'うるさい!'],
    ['行って', '行って'],
    ['腹が　立つ', '腹が立つ'],
    ['か\u3099んは\u309aれ', 'がんぱれ'],
    ['1〜2時', '1〜2時'],
    ['歯ぁ食いしばれ', '歯食いしばれ'],
    ['手ぇ出すな', '手出すな'],
    ['腹ー減った', '腹減った'],
    ['手ぇ', '手'],
    ['3時〜5時', '3時〜5時'],
    ['ファイト', 'ふぁいと'],
  ])('%s → %s', (line, text) => {
    expect(match(line).text).toBe(text);
  });
});

describe('long-vowel marks', () => {
  it.each([
    // [line, offsets a mark was dropped before, offsets of vowels spelled out]
    ['ざまぁみろ', [2], []],
    ['ざまーみろ', [2], []],
    ['ザマァミロ', [2], []],
    ['ザマーミロ', [], []],
    ['ありがとー', [], [4]],
    ['すげぇよ', [], [2]],
    ['すごーーい', [2], []],
    ['歯ぁ食いしばれ', [], []],
    ['ざまあみろ', [], []],
  ] as const)('%s: dropped %j, spelled %j', (line, dropped, spelled) => {
    const n = match(line);
    expect(n.dropped).toEqual(dropped);
    expect(n.spelled).toEqual(spelled);
  });
});

describe('a small っ closing a word', () => {
  it.each([
    // [line, normalised text, offsets it was dropped before, where each ended in the line]
    ['キモっ', 'きも', [2], [3]],
    ['痛っ！', '痛!', [1], [2]],
    ['うまっ 何', 'うま何', [2], [3]],
    ['ｷﾓｯ', 'きも', [2], [3]],
    ['あっ、痛っ', 'あ、痛', [1, 3], [2, 5]],
    ['行って', '行って', [], []],
    ['っ', 'っ', [], []],
  ] as const)('%s → %s, clipped %j ending %j', (line, text, clipped, ends) => {
    const n = match(line);
    expect(n.text).toBe(text);
    expect(n.clipped).toEqual(clipped);
    expect(n.clippedEnd).toEqual(ends);
  });
});

describe('normalize for lookup', () => {
  it.each([
    ['ラーメン', 'ラーメン'],
    ['ｶﾞﾝﾊﾞﾚ', 'ガンバレ'],
    ['すごーい', 'すごい'],
    ['行こう 今', '行こう 今'],
  ])('%s → %s', (line, text) => {
    expect(lookup(line).text).toBe(text);
  });
});

describe('offsets back into the original line', () => {
  it.each([
    // [line, normalised start, normalised end, original text covered]
    ['えっ、ｶｯｺｲｲ！', 2, 7, 'ｶｯｺｲｲ'],
    ['ｶﾞﾝﾊﾞﾚ', 0, 2, 'ｶﾞﾝ'],
    ['すごーい', 0, 3, 'すごーい'],
    ['すげーよ', 0, 3, 'すげー'],
    ['腹が　立つ', 0, 4, '腹が　立つ'],
    ['今日は晴れ', 3, 5, '晴れ'],
    ['𠮷野家', 2, 4, '野家'],
  ])('%s [%i, %i) covers %s', (line, start, end, covered) => {
    const n = match(line);
    const [from, to] = originalSpan(n, start, end);
    expect(line.slice(from, to)).toBe(covered);
  });

  it('maps every normalised unit to a range inside the line', () => {
    for (const line of ['ｶｯｺｲｲ!', 'すごーーい', 'うるさいっ', 'Ａ　Ｂ', 'まし\u3099て\u3099']) {
      const n = match(line);
      for (let i = 0; i < n.text.length; i++) {
        const [from, to] = originalSpan(n, i, i + 1);
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(line.length);
        expect(from).toBeLessThan(to);
      }
    }
  });
});
