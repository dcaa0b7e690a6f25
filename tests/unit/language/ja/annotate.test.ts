import { describe, expect, it } from 'vitest';
import { japaneseEngine } from '../../../../utils/language/ja';
import { createAnnotator } from '../../../../utils/notes/annotate';
import { note } from './test-notes';

const notes = [
  note('hara-ga-tatsu', '腹が立つ'),
  note('tatsu', '立つ', { match: ['立つ'], category: 'life' }),
  note('san', 'さん', { match: ['～さん'], category: 'address', context: { none: ['お母さん'] } }),
  note('senpai', '先輩', { match: ['先輩='], category: 'address' }),
  note('sugoi', 'すごい', { category: 'slang', context: { any: ['！', '!'] } }),
  note('shiranai', '知らない', { match: ['知る'], category: 'life' }),
];

const annotator = createAnnotator(japaneseEngine, notes);
const marks = (line: string, categories?: Set<(typeof notes)[number]['category']>) =>
  annotator
    .annotate(line, categories ? { categories } : undefined)
    .map((m) => [m.note.id, line.slice(m.start, m.end)]);

describe('Japanese engine inside createAnnotator', () => {
  it('keeps the longer expression over a word inside it', () => {
    expect(marks('もう腹が立ってきた')).toEqual([['ja.hara-ga-tatsu', '腹が立ってきた']]);
  });

  it('applies a note context rule to the whole line', () => {
    expect(marks('田中さん、おはよう')).toEqual([['ja.san', 'さん']]);
    expect(marks('お母さんは台所にいます。')).toEqual([]);
    expect(marks('すげー')).toEqual([]);
    expect(marks('すげーな！')).toEqual([['ja.sugoi', 'すげーな'.slice(0, 3)]]);
  });

  it('filters by category', () => {
    const line = '先輩、腹が立った';
    expect(marks(line, new Set(['address']))).toEqual([['ja.senpai', '先輩']]);
    expect(marks(line, new Set(['idiom']))).toEqual([['ja.hara-ga-tatsu', '腹が立った']]);
  });

  it('marks colloquial forms at their original offsets', () => {
    expect(marks('そんなの知らねーよ！')).toEqual([['ja.shiranai', '知らねー']]);
    expect(marks('ｾﾝﾊﾟｲ、知らんかった')).toEqual([['ja.shiranai', '知らん']]);
  });

  it('gives the same marks with the naive matcher', () => {
    const naive = createAnnotator(japaneseEngine, notes, { naive: true });
    for (const line of ['先輩、腹が立った', 'もう腹が立ってきた', '田中さん知らねーよ！']) {
      expect(naive.annotate(line)).toEqual(annotator.annotate(line));
    }
  });
});
