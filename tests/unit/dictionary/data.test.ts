import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DictLineSchema,
  parseDictHeader,
  parseDictLine,
  type DictHeader,
  type DictLine,
} from '../../../utils/dictionary/format/index';

/** The three files take about 5 s of CPU together; generous so a busy machine does not flake. */
const LOAD_TIMEOUT = 60_000;
const DICT_DIR = path.resolve(import.meta.dirname, '../../../public/dict');

interface Loaded {
  header: DictHeader;
  entries: DictLine[];
  byHeadword: Map<string, DictLine[]>;
}

/** Reads a committed dictionary the way the importer will: gunzip, split, validate each line. */
function load(lang: string): Loaded {
  const text = gunzipSync(readFileSync(path.join(DICT_DIR, `${lang}.jsonl.gz`))).toString('utf8');
  const rows = text.split('\n');
  expect(rows.pop()).toBe(''); // the file ends with a newline
  const header = parseDictHeader(rows[0]!);
  // One JSON.parse over the whole body is several times faster than one per line; a line that
  // fails the schema is re-read with parseDictLine so the failure names its line number.
  const body = JSON.parse(`[${rows.slice(1).join(',')}]`) as unknown[];
  const entries = body.map((value, i) => {
    const result = DictLineSchema.safeParse(value);
    return result.success ? result.data : parseDictLine(rows[i + 1]!, i + 2);
  });
  const byHeadword = new Map<string, DictLine[]>();
  for (const e of entries) byHeadword.set(e.h, [...(byHeadword.get(e.h) ?? []), e]);
  return { header, entries, byHeadword };
}

function only(d: Loaded, h: string): DictLine {
  const found = d.byHeadword.get(h) ?? [];
  expect(found, h).toHaveLength(1);
  return found[0]!;
}

const glosses = (e: DictLine) => e.s.flatMap((s) => s.g);

describe('ko.jsonl.gz', () => {
  let d: Loaded;
  beforeAll(() => {
    d = load('ko');
  }, LOAD_TIMEOUT);

  it('has a valid header whose count matches the lines', () => {
    expect(d.header.lang).toBe('ko');
    expect(d.header.licence).toMatch(/MPL/);
    expect(d.header.attribution).toMatch(/kengdic/);
    expect(d.entries).toHaveLength(d.header.entries);
    expect(d.entries.length).toBeGreaterThan(8000);
  });

  it('has one line per headword, a romanized reading and a level on every entry', () => {
    expect(d.byHeadword.size).toBe(d.entries.length);
    // Collect offenders and assert once: an expect per line makes this test slow.
    const bad = d.entries.filter(
      (e) =>
        !/^[A-Za-z0-9' -]+$/.test(e.r) ||
        !/^[ABCD]$/.test(e.t?.[0] ?? '') ||
        (e.t ?? []).slice(1).some((tag) => !/^hanja:\p{Script=Han}+$/u.test(tag)),
    );
    expect(bad.map((e) => e.h)).toEqual([]);
  });

  it('has 눈치', () => {
    const e = only(d, '눈치');
    expect(e.r).toBe('nunchi');
    expect(e.s[0]!.p).toEqual(['noun']);
    expect(glosses(e).join(' ')).toMatch(/tact/);
  });

  it('has 고구려 corrected to the ancient kingdom', () => {
    const e = only(d, '고구려');
    expect(e.r).toBe('Goguryeo');
    expect(e.s).toHaveLength(1);
    expect(e.s[0]!.p).toEqual(['proper noun']);
    expect(glosses(e).join(' ')).toMatch(/kingdom/);
    expect(glosses(e).join(' ')).not.toMatch(/seoul/i);
    expect(e.t).toContain('hanja:高句麗');
  });

  it('keeps homographs apart and says which hanja each sense has', () => {
    const e = only(d, '과거');
    expect(e.s.map((s) => s.g[0])).toEqual([
      '[過去] the past',
      '[科擧] state civil service examination (Goryeo and Joseon)',
    ]);
  });

  it('has the everyday words the base list lacked', () => {
    expect(only(d, '되다').s[0]!.p).toEqual(['verb']);
    expect(glosses(only(d, '헐')).join(' ')).toMatch(/no way/);
    expect(only(d, '처제').t).toContain('hanja:妻弟');
  });
});

describe('zh.jsonl.gz', () => {
  let d: Loaded;
  beforeAll(() => {
    d = load('zh');
  }, LOAD_TIMEOUT);

  it('has a valid header whose count matches the lines', () => {
    expect(d.header).toMatchObject({ lang: 'zh', licence: 'CC BY-SA 4.0' });
    expect(d.header.source).toMatch(/CC-CEDICT 2019-05-27/);
    expect(d.header.attribution).toMatch(/MDBG/);
    expect(d.entries).toHaveLength(d.header.entries);
    expect(d.entries.length).toBeGreaterThan(100_000);
  });

  it('merges each simplified headword into one line and leaves no numbered pinyin', () => {
    expect(d.byHeadword.size).toBe(d.entries.length);
    const bad = d.entries.filter(
      (e) => /[a-zü][1-5](\s|$)/i.test(e.r) || e.s.some((s) => s.p.length > 0),
    );
    expect(bad.map((e) => e.h)).toEqual([]);
  });

  it('has 狗拿耗子 with marked pinyin and no separate traditional form (it is the same)', () => {
    const e = only(d, '狗拿耗子');
    expect(e.r).toBe('gǒu ná hào zi');
    expect(e.v).toBeUndefined();
    expect(glosses(e)).toContain('to be meddlesome (idiom)');
  });

  it('gives the traditional form when it differs', () => {
    const e = only(d, '猫哭耗子');
    expect(e.v).toEqual(['貓哭耗子']);
    expect(e.r).toBe('māo kū hào zi');
  });

  it('keeps each reading visible on a merged headword, and CL: as its own gloss', () => {
    const e = only(d, '了');
    expect(e.r).toBe('le / liǎo / liào');
    expect(e.s[0]!.g[0]).toMatch(/^\[了 le\] /);
    expect(glosses(only(d, '猫'))).toContain('CL:隻|只[zhī]');
  });
});

describe('ja.jsonl.gz', () => {
  let d: Loaded;
  beforeAll(() => {
    d = load('ja');
  }, LOAD_TIMEOUT);

  it('has a valid header whose count matches the lines', () => {
    expect(d.header).toMatchObject({ lang: 'ja' });
    expect(d.header.source).toMatch(/2021-02-03/);
    expect(d.header.licence).toMatch(/CC BY-SA 4\.0/);
    expect(d.header.attribution).toMatch(/EDRDG/);
    expect(d.entries).toHaveLength(d.header.entries);
    expect(d.entries.length).toBeGreaterThan(150_000);
  });

  it('drops entry ids and the (P) marker from glosses', () => {
    const bad = d.entries.filter((e) => glosses(e).some((g) => /^EntL\d|^\(P\)$/.test(g)));
    expect(bad.map((e) => e.h)).toEqual([]);
  });

  it('has 石の上にも三年 with its reading', () => {
    const e = only(d, '石の上にも三年');
    expect(e.r).toBe('いしのうえにもさんねん');
    expect(e.s[0]!.p).toEqual(['exp', 'n', 'proverb']);
    expect(glosses(e)).toContain('perseverance prevails');
  });

  it('has 食べる as a v1 verb, marked common', () => {
    const e = only(d, '食べる');
    expect(e.r).toBe('たべる');
    expect(e.s[0]!.p).toContain('v1');
    expect(e.s[0]!.g).toEqual(['to eat']);
    expect(e.t).toContain('common');
  });

  it('merges the readings of one entry (行く いく/ゆく)', () => {
    const e = only(d, '行く');
    expect(e.r).toBe('いく');
    expect(e.v).toContain('ゆく');
    expect(e.s[0]!.p).toEqual(['v5k-s', 'vi']);
  });
});
