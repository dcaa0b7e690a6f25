import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { openDictDb, type DictDb } from '../../../utils/dictionary/db';
import { installDictionary, removeDictionary } from '../../../utils/dictionary/import';
import { gzipDict, KO_LINES, streamOf, ZH_LINES } from './store-fixture';

let db: DictDb;
let n = 0;
beforeEach(() => {
  db = openDictDb(`dict-import-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('installDictionary', () => {
  it('imports every entry, indexes headword and variants, and records the source', async () => {
    const progress: number[] = [];
    const meta = await installDictionary(db, 'zh', streamOf(gzipDict('zh', ZH_LINES)), (p) =>
      progress.push(p),
    );
    expect(meta).toMatchObject({ lang: 'zh', entries: 3, source: 'Nunchi test fixture' });
    expect(await db.entries.count()).toBe(3);
    const tv = await db.entries.where('keys').equals(`${meta.bucket}|電視`).first();
    expect(tv).toMatchObject({
      headword: '电视',
      variants: ['電視'],
      reading: 'diàn shì',
      senses: [{ glosses: ['television'], pos: [] }],
      tags: [],
    });
    expect(progress.at(-1)).toBe(1);
  });

  it('reports progress in batches on a large file', async () => {
    const lines = Array.from({ length: 4500 }, (_, i) => ({
      h: `단어${i}`,
      r: `daneo${i}`,
      s: [{ p: ['noun'], g: [`word ${i}`] }],
    }));
    const progress: number[] = [];
    await installDictionary(db, 'ko', streamOf(gzipDict('ko', lines)), (p) => progress.push(p));
    expect(progress).toEqual([2000 / 4500, 4000 / 4500, 1]);
    expect(await db.entries.count()).toBe(4500);
  });

  it('replaces an installed dictionary and drops the old rows', async () => {
    const first = await installDictionary(db, 'ko', streamOf(gzipDict('ko', KO_LINES)));
    const second = await installDictionary(
      db,
      'ko',
      streamOf(gzipDict('ko', KO_LINES.slice(0, 2))),
    );
    expect(second.bucket).not.toBe(first.bucket);
    expect(await db.entries.count()).toBe(2);
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
    await expect(installDictionary(db, 'ko', make())).rejects.toThrow(message);
    expect(await db.meta.get('ko')).toEqual(installed);
    expect(await db.entries.count()).toBe(KO_LINES.length);
    expect(new Set((await db.entries.toArray()).map((r) => r.bucket))).toEqual(
      new Set([installed.bucket]),
    );
  });

  it('cleans up rows left by an install that never finished', async () => {
    await db.entries.add({
      bucket: 'ko@stale',
      keys: ['ko@stale|x'],
      headword: 'x',
      variants: [],
      reading: '',
      senses: [],
      tags: [],
    });
    await installDictionary(db, 'ko', streamOf(gzipDict('ko', KO_LINES)));
    expect(await db.entries.where('bucket').equals('ko@stale').count()).toBe(0);
  });
});

describe('removeDictionary', () => {
  it('removes one language and leaves the others', async () => {
    await installDictionary(db, 'ko', streamOf(gzipDict('ko', KO_LINES)));
    await installDictionary(db, 'zh', streamOf(gzipDict('zh', ZH_LINES)));
    await removeDictionary(db, 'ko');
    expect(await db.meta.get('ko')).toBeUndefined();
    expect(await db.entries.count()).toBe(ZH_LINES.length);
  });
});

/** The fixture's plain text, to corrupt one line of it. */
function koText(): string {
  return gunzipSync(gzipDict('ko', KO_LINES)).toString('utf8');
}
