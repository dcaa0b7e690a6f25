import { describe, expect, it } from 'vitest';
import { japaneseEngine } from '../../../../utils/language/ja';

const score = (text: string) => japaneseEngine.scriptScore(text);

describe('scriptScore', () => {
  it.each([
    ['今何時ですか？', 1],
    ['ラーメン食べたい', 1],
    ['すごーい！', 1],
    ['안녕하세요', 0],
    ['hello there', 0],
    ['', 0],
    ['123、！？', 0],
    ['OK、行こう', 0.6],
  ])('%s scores %d', (text, expected) => {
    expect(score(text)).toBeCloseTo(expected, 5);
  });

  it.each(['你好吗', '这是什么', '東京', '一石二鳥'])(
    'gives a line of kanji only (%s) a moderate score',
    (text) => {
      expect(score(text)).toBeGreaterThan(0.3);
      expect(score(text)).toBeLessThan(0.7);
    },
  );

  it('ranks a Japanese line above a Chinese one', () => {
    expect(score('私は学生です')).toBeGreaterThan(score('我是学生'));
  });

  it('scores a mixed line by its share of Japanese letters', () => {
    expect(score('私はJohnです')).toBeCloseTo(0.5, 5);
  });
});
