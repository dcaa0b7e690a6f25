import { describe, expect, it } from 'vitest';
import { urlForPattern } from '../../../scripts/lib/bench-lookup';
import { hoverQueries, sample } from '../../../scripts/lib/bench-words';

describe('hoverQueries', () => {
  it('Korean: each eojeol without its punctuation, once', () => {
    expect(hoverQueries(['오빠, 나 오늘 좀 늦을 것 같아.', '오빠! 밥 먹었어?'], 'ko')).toEqual([
      '오빠',
      '나',
      '오늘',
      '좀',
      '늦을',
      '것',
      '같아',
      '밥',
      '먹었어',
    ]);
  });

  it('Chinese: the letters from each character up to punctuation', () => {
    expect(hoverQueries(['师父，徒儿知错了。'], 'zh')).toEqual([
      '师父',
      '父',
      '徒儿知错了',
      '儿知错了',
      '知错了',
      '错了',
      '了',
    ]);
  });

  it('Chinese and Japanese: at most 16 characters from the hovered one', () => {
    const long = '一二三四五六七八九十甲乙丙丁戊己庚辛';
    const [first] = hoverQueries([long], 'zh');
    expect(first).toBe(long.slice(0, 16));
  });

  it('Japanese: kana and kanji starts; Latin words and digits are left out', () => {
    expect(hoverQueries(['OK、3時に行く'], 'ja')).toEqual(['時に行く', 'に行く', '行く', 'く']);
  });

  it('Korean: words in another script are left out', () => {
    expect(hoverQueries(['SNS에 올렸어 100번'], 'ko')).toEqual(['올렸어']);
  });

  it('one text for two spellings of it (the background caches by NFC)', () => {
    expect(hoverQueries(['형 형'.normalize('NFD'), '형'], 'ko')).toEqual(['형']);
  });
});

describe('sample', () => {
  const items = Array.from({ length: 100 }, (_, i) => i);

  it('picks distinct items, the same ones for the same seed', () => {
    const picked = sample(items, 30);
    expect(new Set(picked).size).toBe(30);
    expect(sample(items, 30)).toEqual(picked);
    expect(sample(items, 30, 7)).not.toEqual(picked);
  });

  it('spreads over the whole list, not its start', () => {
    const picked = sample(items, 30);
    expect(picked.some((i) => i >= 70)).toBe(true);
    expect(picked).not.toEqual(items.slice(0, 30));
  });

  it('can take everything, and refuses more', () => {
    expect([...sample(items, 100)].sort((a, b) => a - b)).toEqual(items);
    expect(() => sample(items, 101)).toThrow(/only 100/);
  });
});

describe('urlForPattern', () => {
  it.each([
    ['*://*.example.org/*', 'https://example.org/'],
    ['*://*.example.co.jp/gp/video/*', 'https://example.co.jp/gp/video/'],
    ['https://tv.example.com/*', 'https://tv.example.com/'],
  ])('%s -> %s', (pattern, url) => {
    expect(urlForPattern(pattern)).toBe(url);
  });

  it('refuses patterns without a host', () => {
    expect(() => urlForPattern('<all_urls>')).toThrow(/match pattern/);
  });
});
