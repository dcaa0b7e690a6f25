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
