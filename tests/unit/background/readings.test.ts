import { describe, expect, it } from 'vitest';
import {
  createReadingService,
  furigana,
  pinyinRubies,
} from '../../../entrypoints/background/readings';
import { loadEngine } from '../../../utils/language/registry';
import type { LookupResult, ReplyOf } from '../../../utils/messaging/protocol';

/** Ruby as `text[reading]` pieces, for readable expectations. */
const show = (surface: string, rubies: { start: number; end: number; text: string }[]) =>
  rubies.map((r) => `${surface.slice(r.start, r.end)}[${r.text}]`).join(' ');

describe('furigana', () => {
  it.each([
    ['食べました', '食べる', 'たべる', '食[た]'],
    ['美味しかった', '美味しい', 'おいしい', '美味[おい]'],
    ['取り扱い', '取り扱い', 'とりあつかい', '取[と] 扱[あつか]'],
    ['今日', '今日', 'きょう', '今日[きょう]'],
    ['お茶', 'お茶', 'おちゃ', '茶[ちゃ]'],
    ['人々', '人々', 'ひとびと', '人々[ひとびと]'],
    ['行った', '行く', 'いく', '行[い]'],
    ['勉強した', '勉強', 'べんきょう', '勉強[べんきょう]'],
    ['ラーメン屋', 'ラーメン屋', 'ラーメンや', '屋[や]'],
  ])('%s (%s, %s) → %s', (surface, form, reading, expected) => {
    expect(show(surface, furigana(surface, form, reading))).toBe(expected);
  });

  it('gives nothing for kana words, a reading that does not fit, or another spelling', () => {
    expect(furigana('ありがとう', 'ありがとう', 'ありがとう')).toEqual([]);
    expect(furigana('食べる', '食べる', 'のむ')).toEqual([]);
    expect(furigana('喰べる', '食べる', 'たべる')).toEqual([]);
  });
});

describe('pinyinRubies', () => {
  it('reads each character within its word and skips everything that is not Chinese', async () => {
    const zh = await loadEngine('zh');
    const line = '我们去银行吧，OK？';
    expect(
      show(
        line,
        pinyinRubies(line, (t) => zh.romanize(t)),
      ),
    ).toBe('我[wǒ] 们[men] 去[qù] 银[yín] 行[háng] 吧[ba]');
  });

  it('leaves out a run whose syllables do not line up with its characters', () => {
    expect(pinyinRubies('银行', () => 'yinhang')).toEqual([]);
  });
});

describe('Japanese readings from the dictionary', () => {
  const entry = (headword: string, reading: string, variants: string[] = []) => ({
    headword,
    reading,
    variants,
    senses: [],
    tags: [],
  });
  /** A dictionary of three words, looked up longest-prefix first like the real one. */
  const WORDS: Record<string, LookupResult> = {
    美味しかった: {
      surface: '美味しかった',
      lemma: '美味しい',
      reasons: ['past'],
      entries: [entry('美味しい', 'おいしい')],
    },
    本当: { surface: '本当', lemma: '本当', reasons: [], entries: [entry('本当', 'ほんとう')] },
    食べ: { surface: '食べ', lemma: '食べる', reasons: [], entries: [entry('食べる', 'たべる')] },
  };
  const lookup = (ready: boolean) => (_lang: string, text: string) => {
    if (!ready) {
      return Promise.resolve<ReplyOf<'dict.lookup'>>({
        state: 'unavailable',
        status: { lang: 'ja', state: 'installing', progress: 0.2, entries: 0 },
      });
    }
    const hit = Object.keys(WORDS)
      .filter((w) => text.startsWith(w))
      .sort((a, b) => b.length - a.length)[0];
    return Promise.resolve<ReplyOf<'dict.lookup'>>({
      state: 'ok',
      results: hit ? [WORDS[hit]!] : [],
    });
  };

  it('looks up each word that starts with a kanji and reads its kanji only', async () => {
    const service = createReadingService({ engine: loadEngine, lookup: lookup(true) });
    const line = '本当に美味しかったです。';
    const reply = await service.readings({ lang: 'ja', lines: [line, '猫'] });
    expect(reply.complete).toBe(true);
    expect(show(line, reply.readings[0]!)).toBe('本当[ほんとう] 美味[おい]');
    expect(reply.readings[1]).toEqual([]);
  });

  it('answers incomplete while the dictionary is not ready', async () => {
    const service = createReadingService({ engine: loadEngine, lookup: lookup(false) });
    expect(await service.readings({ lang: 'ja', lines: ['本当'] })).toEqual({
      readings: [[]],
      complete: false,
    });
  });
});
