import { describe, expect, it } from 'vitest';
import { C } from '../../../../utils/language/ja/classes';
import { compilePattern } from '../../../../utils/language/ja/pattern';
import { PatternError } from '../../../../utils/language/types';

const compile = (pattern: string) => compilePattern('ja.test', pattern);

describe('class of the final word', () => {
  it.each([
    ['腹が立つ', C.v5t, '腹が立'],
    ['サバを読む', C.v5m, 'さばを読'],
    ['足を洗う', C.v5u, '足を洗'],
    ['羽目を外す', C.v5s, '羽目を外'],
    ['油を売る', C.v5r, '油を売'],
    ['目が覚める', C.v1, '目が覚め'],
    ['借りる', C.v1, '借り'],
    ['痛い目を見る', C.v1, '痛い目を見'],
    ['気に入る', C.v5r, '気に入'],
    ['走る', C.v5r, '走'],
    ['ググる', C.v5r, 'ぐぐ'],
    ['しゃべる', C.v5r, 'しゃべ'],
    ['気が散る|v5r', C.v5r, '気が散'],
    ['帰る|v1', C.v1, '帰'],
    ['行く', C.v5kS, '行'],
    ['うまくいく', C.v5kS, 'うまくい'],
    ['裏がある', C.v5rI, '裏が'],
    ['いらっしゃる', C.v5aru, 'いらっしゃ'],
    ['やってくる', C.vk, 'やって'],
    ['やって来る', C.vk, 'やって来'],
    ['気にする', C.vs, '気に'],
    ['感ずる', C.vz, '感'],
    ['顔が広い', C.adjI, '顔が広'],
    ['かっこいい', C.adjI, 'かっこ'],
    ['大丈夫|adj-na', C.adjNa | C.noun, '大丈夫'],
    // Pauses written in a pattern are left out, so the line may or may not have them.
    ['海賊王に、俺はなる', C.v5r, '海賊王に俺はな'],
    ['お前はもう…死んでいる', C.v1, 'お前はもう死んでい'],
    ['黙れ！小僧！だ', C.adjNa | C.noun, '黙れ小僧'],
  ])('%s inflects as class %i with fixed part %s', (pattern, classes, fixed) => {
    const [first] = compile(pattern);
    expect(first).toMatchObject({ classes, fixed });
    expect(first!.lemmas).not.toBeNull();
  });

  it.each([
    '石の上にも三年',
    'いただきます',
    'よろしくお願いします',
    'お疲れ様',
    '先輩=',
    '～さん',
    '急がば回れ',
  ])('%s is literal', (pattern) => {
    for (const v of compile(pattern)) expect(v.lemmas).toBeNull();
  });
});

describe('particle slots', () => {
  const fixedParts = (pattern: string) => compile(pattern).map((v) => v.fixed);

  it.each([
    ['腹が立つ', ['腹が立', '腹は立', '腹も立', '腹立']],
    ['顔{が}広い', ['顔が広', '顔は広', '顔も広', '顔広']],
    ['口{を}出す', ['口を出', '口は出', '口も出', '口出']],
    ['彼{に}会う', ['彼に会', '彼には会', '彼にも会', '彼会']],
    ['気{の}毒', ['気の毒', '気毒']],
    ['気にする', ['気に']],
    ['裏がある', ['裏が']],
  ])('%s → %o', (pattern, expected) => {
    expect(fixedParts(pattern)).toEqual(expected);
  });

  it('adds the stem rough speech uses for an adjective ending in kana', () => {
    expect(fixedParts('すごい')).toEqual(['すご', 'すげ']);
    expect(fixedParts('仕方ない')).toEqual(['仕方な', '仕方ね']);
    expect(fixedParts('さむい')).toEqual(['さむ', 'さみ']);
  });
});

describe('bad patterns', () => {
  it.each([
    ['', 'empty'],
    ['～', 'empty'],
    ['顔{が広い', 'unmatched'],
    ['顔}が広い', 'unmatched'],
    ['顔{}広い', 'one particle'],
    ['顔|v9', 'unknown class'],
    ['先輩|v1=', 'exclude'],
    ['{が}{を}{に}{で}行く', 'slots'],
    ['する', 'no fixed text'],
    ['{が}する', 'no fixed text'],
  ])('%o is rejected (%s)', (pattern, reason) => {
    expect(() => compile(pattern)).toThrow(PatternError);
    expect(() => compile(pattern)).toThrow(reason);
  });
});
