import { describe, expect, it } from 'vitest';
import { koreanEngine } from '../../../../utils/language/ko';
import { PatternError } from '../../../../utils/language/types';
import { createAnnotator } from '../../../../utils/notes/annotate';
import { note } from './notes';

const nunNopda = note('눈이 높다', { id: 'ko.nun-i-nopda' });
const hyeong = note('형', { id: 'ko.hyeong', category: 'address' });
const ssoda = note('쏘다', {
  id: 'ko.ssoda',
  category: 'slang',
  match: ['쏘다'],
  context: { any: ['내가', '오늘', '밥', '술'], none: ['총'] },
});
const bok = note('새해 복 많이 받으세요', { id: 'ko.saehae-bok', category: 'holiday' });
const tteok = note('떡', { id: 'ko.tteok', category: 'food', context: { any: ['먹', '떡이'] } });
const tteokbokki = note('떡볶이', { id: 'ko.tteokbokki', category: 'food' });
const geurim = note('그림의 떡', { id: 'ko.geurim-ui-tteok' });
const notes = [nunNopda, hyeong, ssoda, bok, tteok, tteokbokki, geurim];

const marks = (line: string, categories?: Set<(typeof notes)[number]['category']>) =>
  createAnnotator(koreanEngine, notes)
    .annotate(line, categories ? { categories } : {})
    .map((m) => [m.note.id, line.slice(m.start, m.end)]);

describe('createAnnotator with the Korean engine', () => {
  it('marks an idiom across a gap word and an address term', () => {
    expect(marks('형, 눈이 너무 높으시네요')).toEqual([
      ['ko.hyeong', '형'],
      ['ko.nun-i-nopda', '눈이 너무 높으시네요'],
    ]);
  });

  it('applies context rules to a common verb', () => {
    expect(marks('형, 오늘 내가 쏠게.')).toEqual([
      ['ko.hyeong', '형'],
      ['ko.ssoda', '쏠게'],
    ]);
    expect(marks('총을 쐈어')).toEqual([]);
    expect(marks('화살을 쐈어')).toEqual([]);
  });

  it('keeps the longest of overlapping marks', () => {
    expect(marks('그 사람 완전 그림의 떡이지 뭐.')).toEqual([
      ['ko.geurim-ui-tteok', '그림의 떡이지'],
    ]);
  });

  it('does not mark a compound that merely starts with a note word', () => {
    expect(marks('오늘 저녁은 떡볶이 먹자.')).toEqual([['ko.tteokbokki', '떡볶이']]);
  });

  it('filters by category', () => {
    expect(marks('새해 복 많이 받으세요! 형', new Set(['holiday']))).toEqual([
      ['ko.saehae-bok', '새해 복 많이 받으세요'],
    ]);
  });

  it('gives the same marks with the naive matcher', () => {
    const line = '형, 눈이 정말 높았어. 새해 복 많이 받으세요!';
    const indexed = createAnnotator(koreanEngine, notes).annotate(line);
    const naive = createAnnotator(koreanEngine, notes, { naive: true }).annotate(line);
    expect(naive).toEqual(indexed);
    expect(indexed).toHaveLength(3);
  });

  it('leaves plain lines alone', () => {
    for (const line of ['도서관은 몇 층이에요?', '내일 아침에 전화할게.', '눈이 와서 좋다']) {
      expect(marks(line)).toEqual([]);
    }
  });
});

describe('pattern errors', () => {
  it.each([
    ['눈{으악} 높다', 'unknown particle'],
    ['눈이 {이}', 'not a word'],
    ['눈이 높다!', 'not a word'],
    ['=', 'not a word'],
    ['·25', 'not a word'],
    ['6·', 'not a word'],
    ['6·{이}', 'not a word'],
    ['!편{을}', 'besides "!" words'],
    ['!편 드시다 !손', 'must come first'],
    ['!편! 드시다', 'not a word'],
    ['바{!다}', 'not read as a predicate'],
    ['전하{!하}', 'unknown particle'],
    ['{!다}', 'not a word'],
    ['전하!{!다}', 'not a word'],
  ])('%s is rejected: %s', (pattern, reason) => {
    const bad = note('test', { id: 'ko.bad-pattern', match: [pattern] });
    expect(() => koreanEngine.compile([bad])).toThrow(PatternError);
    expect(() => koreanEngine.compileNaive([bad])).toThrow(reason);
    try {
      koreanEngine.compile([bad]);
    } catch (e) {
      expect((e as PatternError).noteId).toBe('ko.bad-pattern');
    }
  });
});
