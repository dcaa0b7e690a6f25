import { describe, expect, it } from 'vitest';
import { segment } from '../../../../utils/language/zh';

/** A small dictionary in simplified characters, as the CC-CEDICT headwords are. */
const WORDS = new Set([
  '今天',
  '会议',
  '几点',
  '开始',
  '多少',
  '多少钱',
  '这个',
  '我们',
  '明天',
  '早上',
  '不见不散',
  '老地方',
  '地方',
  '狗拿耗子',
  '多管闲事',
  '管闲事',
  '闲事',
  '你好',
  '吃瓜',
  '吃瓜群众',
  '群众',
  '表示',
  '看不懂',
  '银行',
  '长期',
  '贷款',
  '行长',
  '说话',
  '算话',
  '说话算话',
  '男子汉',
  '火锅',
  '电脑',
  '突然',
  '关机',
  '发现',
  '老板',
  '上班',
  '摸鱼',
  '一点儿',
  '好玩',
  '好玩儿',
  '机场',
  '已经',
  '吉祥',
  '身体',
  '健康',
  'AA制',
]);
const has = (w: string) => WORDS.has(w);

/** [line, words joined with /, punctuation and spaces included as their own segments] */
const lines: [string, string][] = [
  ['今天的会议几点开始？', '今天/的/会议/几点/开始/？'],
  ['这个多少钱？', '这个/多少钱/？'],
  ['這個多少錢？', '這個/多少錢/？'],
  ['我们明天早上老地方不见不散！', '我们/明天/早上/老地方/不见不散/！'],
  ['狗拿耗子，多管闲事', '狗拿耗子/，/多管闲事'],
  ['吃瓜群众表示看不懂', '吃瓜群众/表示/看不懂'],
  ['银行长期贷款', '银行/长期/贷款'],
  ['男子汉说话算话！', '男子汉/说话算话/！'],
  ['我的电脑突然关机了。', '我/的/电脑/突然/关机/了/。'],
  ['上班摸鱼被老板发现了', '上班/摸鱼/被/老板/发现/了'],
  ['上班摸魚被老闆發現了', '上班/摸魚/被/老闆/發現/了'],
  ['一點兒也不好玩兒', '一點兒/也/不/好玩兒'],
  ['他們已經到機場了', '他/們/已經/到/機場/了'],
  ['这家火锅YYDS！', '这/家/火锅/YYDS/！'],
  ['我们AA制吧', '我们/AA/制/吧'],
  ['你好 你好', '你好/ /你好'],
  ['祝你𠮷祥，身体健康', '祝/你/𠮷/祥/，/身体/健康'],
  ['😂笑死', '😂/笑/死'],
  ['……', '……'],
  ['', ''],
];

describe('segment with a dictionary', () => {
  it.each(lines)('%s → %s', (line, expected) => {
    expect(
      segment(line, has)
        .map((s) => s.text)
        .join('/'),
    ).toBe(expected);
  });

  it('covers the line exactly, with offsets into it', () => {
    for (const [line] of lines) {
      const segments = segment(line, has);
      expect(segments.map((s) => s.text).join('')).toBe(line);
      for (const s of segments) expect(line.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('marks punctuation and spaces as not words', () => {
    const segments = segment('你好，世界！', has);
    expect(segments.map((s) => s.word)).toEqual([true, false, true, true, false]);
  });

  it('respects maxLen', () => {
    expect(segment('吃瓜群众', has, 2).map((s) => s.text)).toEqual(['吃瓜', '群众']);
    expect(segment('不见不散', has, 3).map((s) => s.text)).toEqual(['不', '见', '不', '散']);
  });

  it('asks about each stretch as written and in simplified characters', () => {
    const asked: string[] = [];
    segment('說話', (w) => {
      asked.push(w);
      return false;
    });
    expect(asked).toEqual(['說話', '说话']);
  });
});

describe('segment without a dictionary (Intl.Segmenter)', () => {
  it('covers the line exactly and finds common words', () => {
    const line = '今天的会议几点开始？';
    const segments = segment(line);
    expect(segments.map((s) => s.text).join('')).toBe(line);
    expect(segments.map((s) => s.text)).toContain('会议');
    expect(segments.at(-1)).toMatchObject({ text: '？', word: false });
  });

  it('keeps offsets into the original line', () => {
    const line = '😂我们去吃火锅吧';
    for (const s of segment(line)) expect(line.slice(s.start, s.end)).toBe(s.text);
  });
});
