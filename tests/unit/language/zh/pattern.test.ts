import { describe, expect, it } from 'vitest';
import { PatternError } from '../../../../utils/language/types';
import { chineseEngine } from '../../../../utils/language/zh';
import { compilePattern, MAX_GAP } from '../../../../utils/language/zh/pattern';
import { note } from './test-notes';

/** [pattern, compiled parts] */
const compiled: [string, string[]][] = [
  ['画蛇添足', ['画蛇添足']],
  ['畫蛇添足', ['画蛇添足']],
  ['狗拿耗子，多管闲事', ['狗拿耗子多管闲事']],
  ['狗拿耗子, 多管閒事。', ['狗拿耗子多管闲事']],
  ['ＹＹＤＳ', ['yyds']],
  ['一…就', ['一', '就']],
  ['一…就…', ['一', '就']],
  ['一……就……', ['一', '就']],
  ['一...就', ['一', '就']],
  ['不…不…', ['不', '不']],
  ['連…都', ['连', '都']],
  ['除了…之外', ['除了', '之外']],
  ['越…越…越', ['越', '越', '越']],
  ['𠮷祥', ['𠮷祥']],
];

describe('compilePattern', () => {
  it.each(compiled)('%s → %j', (pattern, parts) => {
    expect(compilePattern('zh.x', pattern).parts).toEqual(parts);
  });

  it.each(['，', '！？', '…就', '……', '一…，…就', '♪'])('rejects %s', (pattern) => {
    expect(() => compilePattern('zh.bad', pattern)).toThrow(PatternError);
  });
});

/** [pattern, parts, ^, $, words before as { any: +X, none: !X }, words after likewise] */
type Words = { any: string[]; none: string[] };
const no: Words = { any: [], none: [] };
const edges: [string, string[], boolean, boolean, Words, Words][] = [
  ['哥', ['哥'], false, false, no, no],
  ['^哥', ['哥'], true, false, no, no],
  ['哥$', ['哥'], false, true, no, no],
  ['^哥$', ['哥'], true, true, no, no],
  ['^哥哥$', ['哥哥'], true, true, no, no],
  ['^親$', ['亲'], true, true, no, no],
  ['^一…就$', ['一', '就'], true, true, no, no],
  ['^一…就…$', ['一', '就'], true, true, no, no],
  ['!以 后妈', ['后妈'], false, false, { any: [], none: ['以'] }, no],
  [
    '!以 !然 後媽 !媽',
    ['后妈'],
    false,
    false,
    { any: [], none: ['以', '然'] },
    { any: [], none: ['妈'] },
  ],
  [
    '!以後 ^后妈$ !妈妈',
    ['后妈'],
    true,
    true,
    { any: [], none: ['以后'] },
    { any: [], none: ['妈妈'] },
  ],
  ['后妈 !妈', ['后妈'], false, false, no, { any: [], none: ['妈'] }],
  ['  !以   后妈  ', ['后妈'], false, false, { any: [], none: ['以'] }, no],
  ['+謝謝 老闆$', ['老板'], false, true, { any: ['谢谢'], none: [] }, no],
  [
    '^老板 +你好 +来一 !来一下',
    ['老板'],
    true,
    false,
    no,
    { any: ['你好', '来一'], none: ['来一下'] },
  ],
  ['+王 !的 +李 老板', ['老板'], false, false, { any: ['王', '李'], none: ['的'] }, no],
  // `!` or `+` with nothing but punctuation after it is punctuation, ignored as before.
  ['加油 !', ['加油'], false, false, no, no],
  ['! 加油', ['加油'], false, false, no, no],
  ['加油 !!!', ['加油'], false, false, no, no],
  ['加油 + 打气', ['加油打气'], false, false, no, no],
  // Full-width ！ and ＋ are punctuation, never neighbour words.
  ['！以 后妈', ['以后妈'], false, false, no, no],
  ['＋以 后妈', ['以后妈'], false, false, no, no],
];

describe('compilePattern: edges and neighbour words', () => {
  it.each(edges)('%s', (pattern, parts, startsWord, endsWord, before, after) => {
    expect(compilePattern('zh.x', pattern)).toEqual({
      noteId: 'zh.x',
      parts,
      startsWord,
      endsWord,
      before,
      after,
    });
  });

  it.each([
    '哥^',
    '哥^哥',
    '^哥$哥',
    '$哥',
    '^',
    '$',
    '^$',
    '!以',
    '!以 !然',
    '+以 !然',
    '哥 !以 哥',
    '哥 +以 哥',
    '!以 ^',
    '^……$',
    // Anywhere else ^ and $ would be ambiguous, so they are refused rather than ignored.
    '好 ^_^',
    '100$块',
  ])('rejects %s', (pattern) => {
    expect(() => compilePattern('zh.bad', pattern)).toThrow(PatternError);
  });

  it('names the note in the error', () => {
    expect(() => chineseEngine.compile([note('empty-one', '。。。')])).toThrow(/zh\.empty-one/);
  });
});

describe('frame gap', () => {
  const matcher = chineseEngine.compile([note('yi-jiu', '一…就')]);
  const gap = (n: number) => `一${'二'.repeat(n)}就`;

  it.each(Array.from({ length: MAX_GAP + 1 }, (_, n) => n))(
    'matches with %i characters between',
    (n) => {
      expect(matcher.match(gap(n))).toHaveLength(1);
    },
  );

  it('does not match with one character more than the gap allows', () => {
    expect(matcher.match(gap(MAX_GAP + 1))).toEqual([]);
  });

  it('counts an astral character as one and ignores punctuation in the gap', () => {
    expect(matcher.match(`一${'𠮷'.repeat(MAX_GAP)}就`)).toHaveLength(1);
    expect(matcher.match('一，，，，，，，，，，二就')).toHaveLength(1);
  });

  it('takes the nearest second part', () => {
    expect(matcher.match('一看就就').map((h) => [h.start, h.end])).toEqual([[0, 3]]);
  });
});
