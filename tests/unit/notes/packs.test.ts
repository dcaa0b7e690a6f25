import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../utils/language/registry';
import { createAnnotator, type Annotator } from '../../../utils/notes/annotate';
import { mergePackFragments, PackError } from '../../../utils/notes/pack';
import type { Language, NoteInput, Pack } from '../../../utils/notes/schema';
import { readPack } from '../../../scripts/lib/pack-assets';
import { buildReport, linkProblems } from '../../../scripts/packs-report';

// Languages whose engine and pack are in place. Each must pass every gate below.
const LANGS: Language[] = ['ko', 'zh', 'ja'];

const plainLines = (lang: Language) =>
  readFileSync(path.resolve(import.meta.dirname, `../../fixtures/plain-lines/${lang}.txt`), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A minimal valid note for loader and report tests. */
const note = (id: string, headword: string, extra: Partial<NoteInput> = {}): NoteInput => ({
  id,
  headword,
  category: 'idiom',
  reading: 'r',
  literal: 'l',
  meaning: 'm',
  culture: 'c',
  lost: 'x',
  usage: 'u',
  example: { text: headword, translation: 't' },
  level: 'beginner',
  sources: ['Nunchi editors: usage in dialogue'],
  ...extra,
});

describe.each(LANGS)('%s pack', (lang) => {
  let pack: Pack;
  let annotator: Annotator;
  beforeAll(async () => {
    pack = await readPack(lang);
    annotator = createAnnotator(await loadEngine(lang), pack.notes);
  });

  it('loads and validates', () => {
    expect(pack.notes.length).toBeGreaterThan(0);
  });

  it("matches every note's own example line with that note", () => {
    const unmatched = pack.notes
      .filter((n) => !annotator.annotate(n.example.text).some((m) => m.note.id === n.id))
      .map((n) => `${n.id}: ${n.example.text}`);
    expect(unmatched).toEqual([]);
  });

  it('finds no note in plain everyday lines', () => {
    const noisy = plainLines(lang)
      .map((line) => ({ line, ids: annotator.annotate(line).map((m) => m.note.id) }))
      .filter((r) => r.ids.length > 0)
      .map((r) => `${r.line} -> ${r.ids.join(', ')}`);
    expect(noisy).toEqual([]);
  });

  it('has every field filled and every id prefixed by its language', () => {
    for (const n of pack.notes) {
      expect(n.id.startsWith(`${lang}.`), n.id).toBe(true);
      expect(n.example.text.length, n.id).toBeGreaterThan(0);
    }
  });
});

describe('every pack note', () => {
  const packs = new Map<Language, Pack>();
  beforeAll(async () => {
    for (const lang of LANGS) packs.set(lang, await readPack(lang));
  });
  const allNotes = () => [...packs.values()].flatMap((p) => p.notes);

  it('has a source, every explanation field and an example translation', () => {
    const fields = ['literal', 'meaning', 'culture', 'lost', 'usage'] as const;
    const gaps = allNotes().flatMap((n) => [
      ...(n.sources.length === 0 ? [`${n.id}: no source`] : []),
      ...n.sources.filter((s) => !s.trim()).map(() => `${n.id}: blank source`),
      ...fields.filter((f) => !n[f].trim()).map((f) => `${n.id}: empty ${f}`),
      ...(n.example.translation.trim() ? [] : [`${n.id}: no example translation`]),
    ]);
    expect(gaps).toEqual([]);
  });

  it('relates only to notes of another language that relate back', () => {
    const byId = new Map(allNotes().map((n) => [n.id, n]));
    const langOf = (id: string) => id.slice(0, id.indexOf('.'));
    const problems = allNotes().flatMap((n) =>
      n.related.flatMap((id) => {
        const other = byId.get(id);
        if (id === n.id) return [`${n.id}: relates to itself`];
        if (langOf(id) === langOf(n.id)) return [`${n.id}: relates to ${id} of its own language`];
        if (!other) return [`${n.id}: related id ${id} is not a note`];
        if (!other.related.includes(n.id)) return [`${n.id} -> ${id}: no link back`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('links each language pair at least once', () => {
    const pairs = new Set(
      allNotes().flatMap((n) =>
        n.related.map((id) => [n.id.slice(0, 2), id.slice(0, 2)].sort().join('-')),
      ),
    );
    expect([...pairs].sort()).toEqual(['ja-ko', 'ja-zh', 'ko-zh']);
  });
});

describe('mergePackFragments', () => {
  const fragment = (...notes: NoteInput[]) => ({ language: 'ko', notes });
  const problemsOf = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(PackError);
      return (error as PackError).message;
    }
    throw new Error('expected a PackError');
  };

  it('names both notes when two claim the same headword', () => {
    const message = problemsOf(() =>
      mergePackFragments('ko', [
        { name: 'ko/idiom.json', data: fragment(note('ko.nuni-nopda', '눈이 높다')) },
        { name: 'ko/slang.json', data: fragment(note('ko.nuni-nopda-2', '눈이  높다')) },
      ]),
    );
    // Spacing does not make a headword different: both notes are named in one problem line.
    expect(message).toMatch(
      /^ {2}ko\.nuni-nopda-2: form "눈이 {2}높다" is also in ko\.nuni-nopda$/m,
    );
  });

  it('names both notes when a form repeats another note', () => {
    const message = problemsOf(() =>
      mergePackFragments('ko', [
        {
          name: 'ko/idiom.json',
          data: fragment(
            note('ko.a', '발이 넓다'),
            note('ko.b', '마당발', { forms: ['발이 넓다'] }),
          ),
        },
      ]),
    );
    expect(message).toContain('ko.b: form "발이 넓다" is also in ko.a');
  });

  it('rejects a duplicate id', () => {
    const message = problemsOf(() =>
      mergePackFragments('ko', [
        { name: 'ko/a.json', data: fragment(note('ko.a', '가'), note('ko.a', '나')) },
      ]),
    );
    expect(message).toContain('duplicate note id ko.a');
  });

  it('lists file, note and field of a schema error', () => {
    const broken = { ...note('ko.b', '나'), meaning: '  ', example: { text: '나' } };
    const message = problemsOf(() =>
      mergePackFragments('ko', [
        { name: 'ko/idiom.json', data: fragment(note('ko.a', '가'), broken as NoteInput) },
      ]),
    );
    expect(message).toContain('ko/idiom.json: ko.b: notes.1.meaning:');
    expect(message).toContain('ko/idiom.json: ko.b: notes.1.example.translation:');
  });

  it('rejects a fragment of another language', () => {
    const message = problemsOf(() =>
      mergePackFragments('ko', [{ name: 'ko/x.json', data: { language: 'ja', notes: [] } }]),
    );
    expect(message).toContain('ko/x.json: language is "ja", expected "ko"');
  });

  it('returns no partial pack when one fragment of two is bad', () => {
    const valid = { name: 'ko/idiom.json', data: fragment(note('ko.a', '가')) };
    const invalid = {
      name: 'ko/slang.json',
      data: fragment(note('ko.b', '나', { level: 'expert' as 'beginner' })),
    };
    const before = structuredClone([valid, invalid]);
    expect(mergePackFragments('ko', [valid]).notes.map((n) => n.id)).toEqual(['ko.a']);
    const message = problemsOf(() => mergePackFragments('ko', [valid, invalid]));
    expect(message).toContain('ko/slang.json: ko.b: notes.0.level:');
    expect(message).not.toContain('ko/idiom.json');
    expect([valid, invalid]).toEqual(before);
  });
});

describe('packs report', () => {
  const pack = (language: Language, ...notes: NoteInput[]) =>
    mergePackFragments(language, [{ name: `${language}/test.json`, data: { language, notes } }]);
  const packs = [
    pack(
      'ko',
      note('ko.bari-neolda', '발이 넓다', {
        sources: ['표준국어대사전 (Standard Korean Language Dictionary): 발이 넓다'],
        related: ['ja.kao-ga-hiroi', 'zh.ren-mai'],
        pitfall: true,
      }),
      note('ko.jeong', '정', {
        category: 'social',
        context: { any: ['들'] },
        sources: ['Nunchi editors: usage in dialogue'],
      }),
    ),
    pack(
      'zh',
      note('zh.ren-mai', '人脉', {
        category: 'social',
        related: ['ko.bari-neolda', 'ja.kao-ga-hiroi'],
        sources: ['CC-CEDICT: 人脉', 'Nunchi editors: usage in dialogue'],
      }),
    ),
    pack('ja', note('ja.kao-ga-hiroi', '顔が広い', { related: ['ko.bari-neolda', 'zh.ren-mai'] })),
  ];

  it('counts notes per language and category, and each linked pair once', () => {
    const report = buildReport(packs);
    expect(report.notes).toEqual({ ko: 2, zh: 1, ja: 1, total: 4 });
    expect(report.categories.find((c) => c.category === 'social')).toMatchObject({
      ko: 1,
      zh: 1,
      ja: 0,
      total: 2,
    });
    expect(report.links.pairs).toEqual({ 'ko-zh': 1, 'ko-ja': 1, 'zh-ja': 1 });
    expect(report.links.linkedNotes).toEqual({ ko: 1, zh: 1, ja: 1 });
    expect(report.pitfalls.ko.map((r) => r.id)).toEqual(['ko.bari-neolda']);
    expect(report.context.ko.map((r) => r.id)).toEqual(['ko.jeong']);
    expect(report.sources.ko).toMatchObject({
      dictionary: 1,
      editorsOnly: 1,
      dictionaryShare: 0.5,
    });
    expect(report.sources.zh).toMatchObject({ dictionary: 1, editorsOnly: 0, both: 1 });
  });

  it('reports one-way, same-language and dangling links', () => {
    expect(linkProblems(packs)).toEqual([]);
    const broken = [
      pack('ko', note('ko.a', '가', { related: ['ja.b', 'ko.c', 'zh.none'] }), note('ko.c', '다')),
      pack('ja', note('ja.b', '部')),
    ];
    expect(linkProblems(broken)).toEqual([
      'ko.a: related ja.b does not link back',
      'ko.a: related ko.c is in the same language',
      'ko.a: related zh.none is not a note',
    ]);
  });
});
