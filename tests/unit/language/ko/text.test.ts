import { describe, expect, it } from 'vitest';
import { koreanEngine } from '../../../../utils/language/ko';
import { fromJamo, toJamo } from '../../../../utils/language/ko/hangul';
import { normalize, tokenize } from '../../../../utils/language/ko/tokenize';
import { note } from './notes';

const JAMO: ReadonlyArray<readonly [string, string]> = [
  ['가', 'ㄱㅏ'],
  ['각', 'ㄱㅏㄱ'],
  ['닭', 'ㄷㅏㄹㄱ'],
  ['값이', 'ㄱㅏㅂㅅㅇㅣ'],
  ['와', 'ㅇㅘ'],
  ['앉아', 'ㅇㅏㄴㅈㅇㅏ'],
  ['삶', 'ㅅㅏㄹㅁ'],
  ['OK!', 'OK!'],
];

describe('jamo strings', () => {
  it.each(JAMO)('%s ↔ %s', (text, jamo) => {
    expect(toJamo(text)).toBe(jamo);
    expect(fromJamo(jamo)).toBe(text);
  });

  it('composes attached endings into syllables', () => {
    expect(fromJamo('ㅅㅏ' + 'ㄹㅁ')).toBe('삶');
    expect(fromJamo('ㄱㅏ' + 'ㄴㄷㅏ')).toBe('간다');
    expect(fromJamo('ㄴㅗㅍ' + 'ㅇㅡㄴ')).toBe('높은');
  });
});

describe('tokens and offsets', () => {
  it('splits on spaces and punctuation and keeps offsets', () => {
    const line = '형, 오늘 내가 쏠게.';
    expect(tokenize(line).map((t) => [t.text, line.slice(t.start, t.end)])).toEqual([
      ['형', '형'],
      ['오늘', '오늘'],
      ['내가', '내가'],
      ['쏠게', '쏠게'],
    ]);
  });

  it('marks sentence breaks and spaced neighbours', () => {
    const tokens = tokenize('눈이 와. 높아, 정말');
    expect(tokens.map((t) => [t.spaced, t.broken])).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [false, false],
    ]);
  });

  it('keeps an ellipsis from breaking a sentence', () => {
    expect(tokenize('눈이... 높아')[1]!.broken).toBe(false);
  });

  it('keeps a dot between digits from breaking a sentence', () => {
    expect(tokenize('6.25 때')[1]!.broken).toBe(false);
    expect(tokenize('6. 25')[1]!.broken).toBe(true);
    expect(tokenize('왔어.25')[1]!.broken).toBe(true);
  });

  it('records the text between neighbouring tokens', () => {
    expect(tokenize('"6·25, 그때').map((t) => t.sep)).toEqual(['"', '·', ', ']);
  });

  it('folds Latin capitals in the jamo only when asked', () => {
    expect(tokenize('TMI야')[0]!.jamo).toBe('TMIㅇㅑ');
    expect(tokenize('TMI야', true)[0]).toMatchObject({ text: 'TMI야', jamo: 'tmiㅇㅑ' });
  });

  it('composes NFD Hangul and maps offsets to the original string', () => {
    const nfd = '떡볶이 먹자'.normalize('NFD');
    const { text, offsets } = normalize(nfd);
    expect(text).toBe('떡볶이 먹자');
    expect(offsets).toHaveLength(text.length + 1);
    expect(offsets?.at(-1)).toBe(nfd.length);
    expect(offsets?.[4]).toBe(nfd.indexOf('ᄆ'));
    expect(normalize('떡볶이 먹자')).toEqual({ text: '떡볶이 먹자', offsets: null });
    const [first, second] = tokenize(nfd);
    expect(nfd.slice(first!.start, first!.end).normalize('NFC')).toBe('떡볶이');
    expect(nfd.slice(second!.start, second!.end).normalize('NFC')).toBe('먹자');
  });

  it('returns hits with offsets into NFD input', () => {
    const nfd = '걔는 눈이 너무 높아서 큰일이야'.normalize('NFD');
    const hits = koreanEngine.compile([note('눈이 높다')]).match(nfd);
    expect(hits).toHaveLength(1);
    expect(nfd.slice(hits[0]!.start, hits[0]!.end).normalize('NFC')).toBe('눈이 너무 높아서');
  });

  it('handles mixed NFC and NFD in one line', () => {
    const line = '떡볶이'.normalize('NFD') + ' 떡볶이가';
    const hits = koreanEngine.compile([note('떡볶이')]).match(line);
    expect(hits.map((h) => line.slice(h.start, h.end).normalize('NFC')).sort()).toEqual([
      '떡볶이',
      '떡볶이가',
    ]);
  });
});

describe('lookupSpan', () => {
  const line = '“형, 오늘 내가 쏠게!”';
  it.each([
    [1, '형'],
    [2, null],
    [4, '오늘'],
    [5, '오늘'],
    [6, null],
    [8, '내가'],
    [10, '쏠게'],
    [12, null],
    [13, null],
    [0, null],
  ] as const)('offset %i → %s', (offset, expected) => {
    const span = koreanEngine.lookupSpan(line, offset);
    expect(span ? line.slice(span.start, span.end) : null).toBe(expected);
  });
});

describe('scriptScore', () => {
  it.each([
    ['안녕하세요', 1],
    ['ㅋㅋㅋ', 1],
    ['Hello', 0],
    ['你好', 0],
    ['OK 알았어', 0.6],
    ['123 ...', 0],
    ['', 0],
  ] as const)('%s → %d', (text, score) => {
    expect(koreanEngine.scriptScore(text)).toBeCloseTo(score);
  });
});
