import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDictDb, type DictDb, type DictMeta } from '../../../utils/dictionary/db';
import { installDictionary } from '../../../utils/dictionary/import';
import { lookupCandidates, prefixCandidates } from '../../../utils/dictionary/lookup';
import { fakeKoreanEngine, gzipDict, KO_LINES, streamOf, ZH_LINES } from './store-fixture';

let db: DictDb;
let ko: DictMeta;
let zh: DictMeta;
let n = 0;
beforeEach(async () => {
  db = openDictDb(`dict-lookup-${++n}`);
  ko = await installDictionary(db, 'ko', streamOf(gzipDict('ko', KO_LINES)));
  zh = await installDictionary(db, 'zh', streamOf(gzipDict('zh', ZH_LINES)));
});
afterEach(async () => {
  await db.delete();
});

describe('lookupCandidates', () => {
  it('returns found candidates in engine order with surface, lemma and reasons', async () => {
    const results = await lookupCandidates(db, ko, fakeKoreanEngine.lookupCandidates('먹었어요'));
    expect(results.map((r) => [r.surface, r.lemma, r.reasons])).toEqual([
      ['먹었어요', '먹다', ['past', 'polite']],
      ['먹', '먹', []],
    ]);
    expect(results[0]!.entries).toEqual([
      {
        headword: '먹다',
        variants: [],
        reading: 'meokda',
        senses: [{ glosses: ['to eat'], pos: ['verb'] }],
        tags: ['A'],
      },
    ]);
  });

  it('keeps every sense of an entry', async () => {
    const [first] = await lookupCandidates(db, ko, fakeKoreanEngine.lookupCandidates('눈이'));
    expect(first?.entries[0]?.senses.map((s) => s.glosses[0])).toEqual(['eye', 'snow']);
  });

  it('finds an entry through a variant spelling', async () => {
    const results = await lookupCandidates(db, zh, prefixCandidates('電視機'));
    expect(results.map((r) => [r.surface, r.entries[0]?.headword])).toEqual([['電視', '电视']]);
  });

  it('prefers the longest prefix when no engine is there', async () => {
    const results = await lookupCandidates(db, zh, prefixCandidates('吃醋了吗'));
    expect(results.map((r) => r.lemma)).toEqual(['吃醋', '吃']);
  });

  it('only sees the given language', async () => {
    expect(await lookupCandidates(db, ko, prefixCandidates('吃醋'))).toEqual([]);
  });

  it('finds nothing through properties every object has', async () => {
    const reply = await lookupCandidates(db, ko, prefixCandidates('constructor'));
    expect(reply).toEqual([]);
  });

  it('returns nothing for no candidates or unknown words', async () => {
    expect(await lookupCandidates(db, ko, [])).toEqual([]);
    expect(await lookupCandidates(db, ko, prefixCandidates('없는말'))).toEqual([]);
  });

  it('skips a reading whose word class no entry has, and lets a later one claim the lemma', async () => {
    const results = await lookupCandidates(db, ko, [
      { surface: '눈이', lemma: '눈', reasons: ['conjugated'], pos: ['verb'] },
      { surface: '높은', lemma: '높다', reasons: ['adnominal'], pos: ['verb', 'adjective'] },
      { surface: '눈', lemma: '눈', reasons: [] },
    ]);
    expect(results.map((r) => [r.surface, r.lemma])).toEqual([
      ['높은', '높다'],
      ['눈', '눈'],
    ]);
  });

  it('reports a lemma two candidates share once, for the better one', async () => {
    const results = await lookupCandidates(db, ko, [
      { surface: '먹어', lemma: '먹다', reasons: ['informal'] },
      { surface: '먹어요', lemma: '먹다', reasons: ['polite'] },
    ]);
    expect(results).toHaveLength(1);
    expect(results[0]!.reasons).toEqual(['informal']);
  });
});

describe('prefixCandidates', () => {
  it('lists prefixes longest first, by code point, capped', () => {
    expect(prefixCandidates('𠮷野家').map((c) => c.surface)).toEqual(['𠮷野家', '𠮷野', '𠮷']);
    expect(prefixCandidates('一二三四五', 2).map((c) => c.lemma)).toEqual(['一二', '一']);
  });
});
