import { describe, expect, it } from 'vitest';
import {
  normalize,
  originalSpan,
  simplifiedSpelling,
  toSimplified,
} from '../../../../utils/language/zh/normalize';

/** [traditional, simplified]: one character for one, whole words and lines. */
const folds: [string, string][] = [
  ['說話', '说话'],
  ['這個多少錢', '这个多少钱'],
  ['會議', '会议'],
  ['機場', '机场'],
  ['關係', '关系'],
  ['麵條', '面条'],
  ['頭髮', '头发'],
  ['發現', '发现'],
  ['乾淨', '干净'],
  ['幹活', '干活'],
  ['後來', '后来'],
  ['裡面', '里面'],
  ['裏面', '里面'],
  ['隻', '只'],
  ['臺灣', '台湾'],
  ['颱風', '台风'],
  ['著急', '着急'],
  ['瞭解', '了解'],
  ['什麼', '什么'],
  ['徵求', '征求'],
  ['餘下', '余下'],
  ['內捲', '内卷'],
  ['老闆', '老板'],
  ['亂七八糟', '乱七八糟'],
  ['對牛彈琴', '对牛弹琴'],
  ['畫蛇添足', '画蛇添足'],
  ['騎馬找馬', '骑马找马'],
  ['凡爾賽', '凡尔赛'],
  ['紅包', '红包'],
  ['愛', '爱'],
  ['學習', '学习'],
  ['電腦', '电脑'],
  ['東西', '东西'],
  ['門', '门'],
  ['們', '们'],
  ['讓', '让'],
  ['吃瓜群眾', '吃瓜群众'],
  ['永遠的神', '永远的神'],
];

/** Characters that stay as they are: already simplified, or ambiguous and kept (see data/README.md). */
const kept = [
  '什么',
  '么',
  '份',
  '藉口',
  '干',
  '后',
  '里',
  '面',
  '发',
  '台',
  '着',
  '了',
  '𠮷',
  'abc',
  '123',
];

describe('toSimplified', () => {
  it.each(folds)('%s → %s', (trad, simp) => {
    expect(toSimplified(trad)).toBe(simp);
  });
  it.each(kept)('keeps %s', (text) => {
    expect(toSimplified(text)).toBe(text);
  });
});

/** [line, normalised for matching] */
const matching: [string, string][] = [
  ['狗拿耗子，多管闲事！', '狗拿耗子多管闲事'],
  ['狗拿耗子, 多管閒事', '狗拿耗子多管闲事'],
  ['「你好」', '你好'],
  ['《西游记》', '西游记'],
  ['ＹＹＤＳ', 'yyds'],
  ['YYDS', 'yyds'],
  ['６６６', '666'],
  ['ＯＫ啦', 'ok啦'],
  ['好——的', '好的'],
  ['好……吧', '好吧'],
  ['♪我爱你♪', '我爱你'],
  ['😂笑死', '笑死'],
  ['𠮷祥', '𠮷祥'],
  ['你　好', '你好'],
  ['', ''],
  ['，。！？', ''],
  ['\u2F00', '一'],
  ['\uF90A', '金'],
];

describe('normalize for matching', () => {
  it.each(matching)('%s → %s', (line, text) => {
    expect(normalize(line, true).text).toBe(text);
  });
});

describe('normalize keeps punctuation when asked', () => {
  it.each([
    ['你好，世界', '你好，世界'],
    ['說話！', '说话！'],
    ['ＯＫ', 'ok'],
  ])('%s → %s', (line, text) => {
    expect(normalize(line, false).text).toBe(text);
  });
});

/** [line, normalised range, original range]: offsets always point into the original line. */
const spans: [string, [number, number], [number, number]][] = [
  ['你好', [0, 2], [0, 2]],
  ['，你好', [0, 2], [1, 3]],
  ['你，好', [0, 2], [0, 3]],
  ['𠮷祥', [0, 3], [0, 3]],
  ['𠮷祥', [2, 3], [2, 3]],
  ['😂吃醋', [0, 2], [2, 4]],
  ['ＹＹＤＳ！', [0, 4], [0, 4]],
  ['a ｂ c', [0, 3], [0, 5]],
  ['說話', [0, 2], [0, 2]],
];

describe('originalSpan', () => {
  it.each(spans)('%s %j → %j', (line, [start, end], expected) => {
    expect(originalSpan(normalize(line, true), start, end)).toEqual(expected);
  });
});

describe('simplifiedSpelling', () => {
  it.each([
    ['說話', '说话'],
    ['AA制', 'AA制'],
    ['ＡＡ制', 'AA制'],
    ['T恤', 'T恤'],
  ])('%s → %s', (text, expected) => {
    expect(simplifiedSpelling(text)).toBe(expected);
  });
});

describe('normalize with broken surrogates', () => {
  it.each(['\ud842', '\ud842你好', '你\udfb7好', '\udfb7\ud842'])(
    'keeps %j unit for unit',
    (line) => {
      const n = normalize(line, true);
      expect(n.text).toBe(line);
    },
  );
});
