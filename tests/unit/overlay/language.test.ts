import { describe, expect, it } from 'vitest';
import { guessLanguage, languageOfTag } from '../../../utils/overlay/language';

describe('languageOfTag', () => {
  it.each([
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['KOR', 'ko'],
    ['zh-Hant-TW', 'zh'],
    ['zh_CN', 'zh'],
    ['cmn', 'zh'],
    ['ja', 'ja'],
    ['jpn', 'ja'],
    ['en', null],
    ['kok', null],
    ['', null],
    [null, null],
  ])('%j → %j', (tag, expected) => {
    expect(languageOfTag(tag)).toBe(expected);
  });
});

describe('guessLanguage', () => {
  // Stand-ins for the engines' script scores: share of the letters in each script.
  const share = (re: RegExp) => (text: string) => {
    const letters = [...text].filter((c) => /\p{L}/u.test(c));
    return letters.length ? letters.filter((c) => re.test(c)).length / letters.length : 0;
  };
  const scorers = {
    ko: share(/\p{Script=Hangul}/u),
    zh: share(/\p{Script=Han}/u),
    ja: share(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u),
  };

  it('picks the language whose script dominates', () => {
    expect(guessLanguage(['눈이 높다니까요', '진짜?'], scorers)).toBe('ko');
    expect(guessLanguage(['お前はもう死んでいる'], scorers)).toBe('ja');
  });

  it('refuses to choose when two languages score alike', () => {
    // All-kanji lines score the same for Chinese and Japanese here.
    expect(guessLanguage(['三人行'], scorers)).toBeNull();
  });

  it('says nothing for lines in no known script or no lines at all', () => {
    expect(guessLanguage(['Where are you going?'], scorers)).toBeNull();
    expect(guessLanguage([], scorers)).toBeNull();
    expect(guessLanguage(['   '], scorers)).toBeNull();
  });

  it('only considers the languages it has scorers for (the enabled ones)', () => {
    expect(guessLanguage(['눈이 높다'], { zh: scorers.zh, ja: scorers.ja })).toBeNull();
  });
});
