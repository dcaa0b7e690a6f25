import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Dexie } from 'dexie';
import { bucketRange, openDictDb, pageOf, type DictDb } from '../../../utils/dictionary/db';
import { installDictionary, removeDictionary } from '../../../utils/dictionary/import';
import { lookupCandidates, prefixCandidates } from '../../../utils/dictionary/lookup';
import type { DictLine } from '../../../utils/dictionary/format/index';
import { gzipDict, KO_LINES, streamOf, ZH_LINES } from './store-fixture';

let db: DictDb;
let name: string;
let n = 0;
beforeEach(() => {
  name = `dict-import-${++n}`;
  db = openDictDb(name);
});
afterEach(async () => {
  await db.delete();
});

const pagesOf = (bucket: string) => {
  const [from, to] = bucketRange(bucket);
  return db.pages.where('id').between(from, to, true, true).count();
};
const headwords = async (bucket: string) => {
  const [from, to] = bucketRange(bucket);
  const pages = await db.pages.where('id').between(from, to, true, true).toArray();
  return new Set(
    pages.flatMap((p) =>
      Object.values(p.forms)
        .flat()
        .map((l) => (JSON.parse(l) as DictLine).h),
    ),
  );
};

/** The fixture's plain text, to corrupt one line of it. */
function koText(): string {
  return gunzipSync(gzipDict('ko', KO_LINES)).toString('utf8');
}

function manyWords(count: number): DictLine[] {
  return Array.from({ length: count }, (_, i) => ({
    h: `단어${i}`,
    r: `daneo${i}`,
    s: [{ p: ['noun'], g: [`word number ${i} in a dictionary long enough to need many pages`] }],
  }));
}

describe('installDictionary', () => {
  it('imports every entry and records the source', async () => {
    const meta = await installDictionary(db, 'zh', streamOf(gzipDict('zh', ZH_LINES)));
    expect(meta).toMatchObject({ lang: 'zh', entries: 3, source: 'Nunchi test fixture' });
    expect(await db.meta.get('zh')).toEqual(meta);
    expect(await headwords(meta.bucket)).toEqual(new Set(['吃醋', '吃', '电视']));
  });

  it('finds entries under their variants too', async () => {
    const meta = await installDictionary(db, 'zh', streamOf(gzipDict('zh', ZH_LINES)));
    const [tv] = await lookupCandidates(db, meta, prefixCandidates('電視'));
    expect(tv?.entries).toEqual([
      {
        headword: '电视',
        variants: ['電視'],
        reading: 'diàn shì',
        senses: [{ glosses: ['television'], pos: [] }],
        tags: [],
      },
    ]);
  });

  it('spreads a large dictionary over pages and finds every word', async () => {
    const words = manyWords(6000);
    const meta = await installDictionary(db, 'ko', streamOf(gzipDict('ko', words)));
    expect(meta.pageStarts.length).toBeGreaterThan(10);
    expect(await pagesOf(meta.bucket)).toBe(meta.pageStarts.length);
    for (const word of words.filter((_, i) => i % 97 === 0)) {
      const [found] = await lookupCandidates(db, meta, [
        { surface: word.h, lemma: word.h, reasons: [] },
      ]);
      expect(found?.entries[0]?.reading).toBe(word.r);
    }
  });

  it('reports progress from reading to writing, ending at 1', async () => {
    const progress: number[] = [];
    await installDictionary(db, 'ko', streamOf(gzipDict('ko', manyWords(12000))), (p) =>
      progress.push(p),
    );
    expect(progress[0]).toBeCloseTo((5000 / 12000) * 0.7);
    expect(progress.at(-1)).toBe(1);
    expect(progress.some((p) => p > 0.7 && p < 1)).toBe(true);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('replaces an installed dictionary and drops the old pages', async () => {
    const first = await installDictionary(db, 'ko', streamOf(gzipDict('ko', KO_LINES)));
    const second = await installDictionary(
      db,
      'ko',
      streamOf(gzipDict('ko', KO_LINES.slice(0, 2))),
    );
    expect(second.bucket).not.toBe(first.bucket);
    expect(await pagesOf(first.bucket)).toBe(0);
    expect(await headwords(second.bucket)).toEqual(new Set(['먹다', '먹']));
    expect(await db.meta.get('ko')).toEqual(second);
  });

  it.each([
    ['not gzip', () => streamOf('{"format":"nunchi-dict"}\n'), /not valid gzip/],
    ['empty', () => streamOf(gzipSync('')), /empty/],
    [
      'a bad header',
      () => streamOf(gzipSync('{"hello":1}\n')),
      /line 1: not a Nunchi dictionary header/,
    ],
    ['another language', () => streamOf(gzipDict('zh', ZH_LINES)), /"zh" dictionary, not "ko"/],
    [
      'fewer entries than declared',
      () => streamOf(gzipDict('ko', KO_LINES, 9)),
      /promises 9 entries but the file has 5/,
    ],
    [
      'an invalid entry line',
      () => streamOf(gzipSync(koText().replace('"h":"높다"', '"h":""'))),
      /line 5: h /,
    ],
    [
      'JSON garbage on a line',
      () => streamOf(gzipSync(koText().replace('"h":"눈"', 'h:눈'))),
      /line 4: not valid JSON/,
    ],
  ])('rejects a file that is %s and keeps the installed data', async (_what, make, message) => {
    const installed = await installDictionary(db, 'ko', streamOf(gzipDict('ko', KO_LINES)));
    const pages = await db.pages.count();
    await expect(installDictionary(db, 'ko', make())).rejects.toThrow(message);
    expect(await db.meta.get('ko')).toEqual(installed);
    expect(await db.pages.count()).toBe(pages);
    expect((await db.installs.toArray()).map((i) => i.bucket)).toEqual([installed.bucket]);
  });

  it('lets two languages install at once without sweeping each other’s pages', async () => {
    // The small Chinese install ends (and sweeps) while the Korean one is still writing.
    const [ko, zh] = await Promise.all([
      installDictionary(db, 'ko', streamOf(gzipDict('ko', manyWords(6000)))),
      installDictionary(db, 'zh', streamOf(gzipDict('zh', ZH_LINES))),
    ]);
    expect(await pagesOf(ko.bucket)).toBe(ko.pageStarts.length);
    expect(await pagesOf(zh.bucket)).toBe(zh.pageStarts.length);
    expect(await db.installs.count()).toBe(2);
  });

  it('cleans up pages left by an install that never finished', async () => {
    await db.installs.put({ bucket: 'ko@stale', lang: 'ko', startedAt: 1 });
    await db.pages.put({ id: 'ko@stale|0', forms: { x: ['{}'] } });
    await installDictionary(db, 'ko', streamOf(gzipDict('ko', KO_LINES)));
    expect(await pagesOf('ko@stale')).toBe(0);
    expect(await db.installs.get('ko@stale')).toBeUndefined();
  });
});

describe('removeDictionary', () => {
  it('removes one language and leaves the others', async () => {
    const ko = await installDictionary(db, 'ko', streamOf(gzipDict('ko', KO_LINES)));
    const zh = await installDictionary(db, 'zh', streamOf(gzipDict('zh', ZH_LINES)));
    await removeDictionary(db, 'ko');
    expect(await db.meta.get('ko')).toBeUndefined();
    expect(await pagesOf(ko.bucket)).toBe(0);
    expect(await headwords(zh.bucket)).toEqual(new Set(['吃醋', '吃', '电视']));
  });
});

describe('database versions', () => {
  it('upgrades a version 1 database by forgetting its dictionaries', async () => {
    db.close();
    await Dexie.delete(name);
    const v1 = new Dexie(name);
    v1.version(1).stores({ entries: '++id, bucket, *keys', meta: 'lang' });
    await v1.table('meta').put({ lang: 'ko', bucket: 'ko@old', entries: 5 });
    await v1.table('entries').add({ bucket: 'ko@old', keys: ['ko@old|먹다'] });
    v1.close();
    db = openDictDb(name);
    expect(await db.meta.count()).toBe(0);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['installs', 'meta', 'pages']);
    const meta = await installDictionary(db, 'ko', streamOf(gzipDict('ko', KO_LINES)));
    expect(await headwords(meta.bucket)).toContain('먹다');
  });
});

describe('pageOf', () => {
  it.each([
    ['before the first page', 'a', 0],
    ['a page start', 'm', 1],
    ['inside a page', 'n', 1],
    ['inside the last page', 'zz', 2],
  ])('finds the page for a form %s', (_what, form, page) => {
    expect(pageOf(['b', 'm', 't'], form)).toBe(page);
  });
});
