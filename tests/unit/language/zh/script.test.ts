import { describe, expect, it } from 'vitest';
import { chineseEngine } from '../../../../utils/language/zh';

const scriptScore = (text: string) => chineseEngine.scriptScore(text);

/** [text, lowest score, highest score] */
const cases: [string, number, number][] = [
  ['今天的会议几点开始？', 1, 1],
  ['這個多少錢？', 1, 1],
  ['狗拿耗子，多管闲事', 1, 1],
  ['这家火锅YYDS！', 0.5, 0.5],
  ['我の天', 0, 0.01],
  ['我们今天一起去吃火锅吧の', 0.65, 0.7],
  ['今日は雨が降っている', 0, 0.01],
  ['お前はもう死んでいる', 0, 0.01],
  ['一期一会', 1, 1],
  ['오늘 비가 와요', 0, 0],
  ['韓國 사람이에요', 0, 0.01],
  ['Hello world', 0, 0],
  ['123，。！', 0, 0],
  ['', 0, 0],
  ['𠮷祥', 1, 1],
];

describe('scriptScore', () => {
  it.each(cases)('%s → %f..%f', (text, low, high) => {
    const score = scriptScore(text);
    expect(score).toBeGreaterThanOrEqual(low);
    expect(score).toBeLessThanOrEqual(high);
  });

  it('ranks a Chinese line above the same kanji in a Japanese line', () => {
    expect(scriptScore('我想去东京')).toBeGreaterThan(scriptScore('東京に行きたい'));
  });
});
