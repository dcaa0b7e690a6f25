import { describe, expect, it } from 'vitest';
import { japaneseEngine } from '../../../../utils/language/ja';

describe('lookupSpan', () => {
  it.each([
    ['今何時ですか？', 0, { start: 0, end: 6 }],
    ['今何時ですか？', 3, { start: 3, end: 6 }],
    ['今何時ですか？', 6, null],
    ['I said 食べる!', 7, { start: 7, end: 10 }],
    ['I said 食べる!', 2, null],
    ['a', 0, null],
    ['食べる', 5, null],
    ['食べる', -1, null],
    ['すごーい！', 0, { start: 0, end: 4 }],
    ['ｶﾞﾝﾊﾞﾚ', 0, { start: 0, end: 6 }],
    ['行こう 今すぐ', 0, { start: 0, end: 3 }],
    ['あいうえおかきくけこさしすせそたちつてと', 0, { start: 0, end: 16 }],
    ['𠮷野家で', 0, { start: 0, end: 5 }],
    ['𠮷野家で', 1, { start: 0, end: 5 }],
  ])('%s at %i → %o', (line, offset, span) => {
    expect(japaneseEngine.lookupSpan(line, offset)).toEqual(span);
  });
});

const candidates = (text: string) => japaneseEngine.lookupCandidates(text);

describe('lookupCandidates', () => {
  it.each([
    ['食べました', '食べました', '食べる', ['polite', 'past'], 'v1'],
    ['行っちゃった', '行っちゃった', '行く', ['colloquial: ちゃう', 'past'], 'v5k-s'],
    ['借りたいくらい', '借りたい', '借りる', ['desire'], 'v1'],
    ['読めよ', '読めよ', '読む', ['imperative'], 'v5m'],
    ['来なかった', '来なかった', '来る', ['negative', 'past'], 'vk'],
    ['こなかった', 'こなかった', 'くる', ['negative', 'past'], 'vk'],
    ['しなきゃ', 'しなきゃ', 'する', ['negative', 'colloquial: なきゃ'], 'vs-i'],
    ['勉強した', '勉強した', '勉強', ['past'], 'vs'],
    ['ヤバかった', 'ヤバかった', 'ヤバい', ['past'], 'adj-i'],
    ['ヤバかった', 'ヤバかった', 'やばい', ['past'], 'adj-i'],
    ['すげー', 'すげー', 'すごい', ['colloquial: vowel fusion'], 'adj-i'],
    ['ｶﾞﾝﾊﾞﾚ', 'ｶﾞﾝﾊﾞﾚ', 'がんばる', ['imperative'], 'v5r'],
    ['腹が立った', '腹が立った', '腹が立つ', ['past'], 'v5t'],
    ['知らねえよ', '知らねえ', '知る', ['negative', 'colloquial: vowel fusion'], 'v5r'],
    ['食べさせられた', '食べさせられた', '食べる', ['causative', 'passive', 'past'], 'v1'],
    ['キモっ', 'キモっ', 'キモい', ['clipped: っ'], 'adj-i'],
    ['キモっ', 'キモっ', 'きもい', ['clipped: っ'], 'adj-i'],
    ['痛っ！', '痛っ', '痛い', ['clipped: っ'], 'adj-i'],
    ['ｳﾏｯ', 'ｳﾏｯ', 'ウマい', ['clipped: っ'], 'adj-i'],
  ])('%s offers %s → %s', (text, surface, lemma, reasons, pos) => {
    const found = candidates(text).find(
      (c) => c.surface === surface && c.lemma === lemma && c.pos?.includes(pos),
    );
    expect(found?.reasons).toEqual(reasons);
  });

  it('starts with the whole text as it is, then shorter prefixes', () => {
    const list = candidates('食べました');
    expect(list[0]).toEqual({ surface: '食べました', lemma: '食べました', reasons: [] });
    const lengths = list.map((c) => c.surface.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(list.at(-1)?.surface).toBe('食');
    expect(list).toContainEqual({ surface: '食', lemma: '食', reasons: [] });
  });

  it('offers the text itself with no part-of-speech constraint', () => {
    expect(candidates('すごーい')[0]).toEqual({
      surface: 'すごーい',
      lemma: 'すごい',
      reasons: [],
    });
  });

  it('keeps every surface a prefix of the text given', () => {
    for (const text of ['ｶｯｺｲｲ!', 'すごーーい', 'うるさいっ', '食べちゃった', 'キモっ！']) {
      for (const c of candidates(text)) expect(text.startsWith(c.surface)).toBe(true);
    }
  });

  it('offers the clipped reading first, and only where the っ closes the word', () => {
    expect(candidates('寒っ')[0]).toEqual({
      surface: '寒っ',
      lemma: '寒い',
      reasons: ['clipped: っ'],
      pos: ['adj-i', 'adj-ix'],
    });
    expect(candidates('行って').some((c) => c.reasons.includes('clipped: っ'))).toBe(false);
    expect(candidates('痛って').some((c) => c.reasons.includes('clipped: っ'))).toBe(false);
  });

  it('has no duplicate readings', () => {
    const keys = candidates('食べさせられたくなかった').map(
      (c) => `${c.surface}|${c.lemma}|${c.reasons.join('/')}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
