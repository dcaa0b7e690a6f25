import { describe, expect, it } from 'vitest';
import { chineseEngine } from '../../../../utils/language/zh';

const lookupSpan = (line: string, offset: number) => chineseEngine.lookupSpan(line, offset);
const lookupCandidates = (text: string) => chineseEngine.lookupCandidates(text);

/** [line, offset, the text of the span or null] */
const spans: [string, number, string | null][] = [
  ['今天的会议几点开始？', 0, '今天的会议几点开始'],
  ['今天的会议几点开始？', 3, '会议几点开始'],
  ['今天的会议几点开始？', 8, '始'],
  ['今天的会议几点开始？', 9, null],
  ['你好，世界', 2, null],
  ['你好，世界', 3, '世界'],
  ['你 好', 1, null],
  ['这是一段非常非常非常非常长的句子', 0, '这是一段非常非常非常非常'],
  ['这是一段非常非常非常非常长的句子', 4, '非常非常非常非常长的句子'],
  ['𠮷祥如意', 0, '𠮷祥如意'],
  ['𠮷祥如意', 1, '𠮷祥如意'],
  ['新年𠮷祥', 2, '𠮷祥'],
  ['新年𠮷祥', 3, '𠮷祥'],
  ['😂笑死我了', 0, null],
  ['😂笑死我了', 2, '笑死我了'],
  ['我们AA制吧', 2, 'AA制吧'],
  ['穿T恤', 1, 'T恤'],
  ['ＡＡ制', 0, 'ＡＡ制'],
  ['說話算話', 0, '說話算話'],
  ['', 0, null],
  ['你好', -1, null],
  ['你好', 2, null],
];

describe('lookupSpan', () => {
  it.each(spans)('「%s」 at %i → %s', (line, offset, expected) => {
    const span = lookupSpan(line, offset);
    expect(span ? line.slice(span.start, span.end) : null).toBe(expected);
  });
});

describe('lookupCandidates', () => {
  it('gives every prefix, longest first', () => {
    expect(lookupCandidates('会议几点').map((c) => c.lemma)).toEqual([
      '会议几点',
      '会议几',
      '会议',
      '会',
    ]);
  });

  it('gives the simplified lemma first, then the spelling as written', () => {
    expect(lookupCandidates('說話算話').map((c) => [c.surface, c.lemma])).toEqual([
      ['說話算話', '说话算话'],
      ['說話算話', '說話算話'],
      ['說話算', '说话算'],
      ['說話算', '說話算'],
      ['說話', '说话'],
      ['說話', '說話'],
      ['說', '说'],
      ['說', '說'],
    ]);
  });

  it('finds a kept character as written (乾隆 stays; 乾淨 folds)', () => {
    expect(lookupCandidates('乾隆').map((c) => c.lemma)).toContain('乾隆');
    expect(lookupCandidates('乾淨')[0]!.lemma).toBe('干净');
  });

  it('folds full-width letters but keeps case', () => {
    expect(lookupCandidates('ＡＡ制')[0]).toEqual({
      surface: 'ＡＡ制',
      lemma: 'AA制',
      reasons: [],
    });
  });

  it('keeps surrogate pairs whole', () => {
    expect(lookupCandidates('𠮷祥').map((c) => c.surface)).toEqual(['𠮷祥', '𠮷']);
  });

  it('stops at 12 characters and at the first punctuation or space', () => {
    const long = lookupCandidates('一二三四五六七八九十一二三四五');
    expect(long[0]!.surface).toHaveLength(12);
    expect(long).toHaveLength(12);
    expect(lookupCandidates('好，的').map((c) => c.surface)).toEqual(['好']);
    expect(lookupCandidates('你 好').map((c) => c.surface)).toEqual(['你']);
    expect(lookupCandidates('，你好')).toEqual([]);
  });

  it('has no reasons: Chinese does not inflect', () => {
    expect(lookupCandidates('吃了吗').every((c) => c.reasons.length === 0)).toBe(true);
  });

  it('gives nothing for nothing', () => {
    expect(lookupCandidates('')).toEqual([]);
  });
});
