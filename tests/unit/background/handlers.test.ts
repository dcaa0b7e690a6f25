import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnnotationService } from '../../../entrypoints/background/annotation';
import { createHandlers, withRomanization } from '../../../entrypoints/background/handlers';
import { createReadingService } from '../../../entrypoints/background/readings';
import { createPackCache } from '../../../entrypoints/background/packs';
import { createSiteAccess } from '../../../entrypoints/background/site-access';
import { createTabStatusStore } from '../../../entrypoints/background/tab-status';
import { openDictDb, type DictDb } from '../../../utils/dictionary/db';
import { createDictionaryService } from '../../../utils/dictionary/service';
import { loadEngine } from '../../../utils/language/registry';
import type { LanguageEngine } from '../../../utils/language/types';
import { MessageError, send } from '../../../utils/messaging/client';
import { createMessageListener } from '../../../utils/messaging/server';
import type { TabStatus } from '../../../utils/messaging/protocol';
import type { NoteInput } from '../../../utils/notes/schema';
import { openVocabDb, type VocabDb } from '../../../utils/vocabulary/db';
import { fakeKoreanEngine, gzipDict, KO_LINES, streamOf } from '../dictionary/store-fixture';
import { fakeSiteApis } from './fake-scripting';

const NOTE: NoteInput = {
  id: 'ko.nun-i-nopda',
  headword: '눈이 높다',
  category: 'idiom',
  reading: 'nuni nopda',
  literal: 'the eyes are high',
  meaning: 'to be picky, to have high standards',
  culture: 'Said of someone who turns down every match.',
  lost: 'Subtitles flatten it to "picky".',
  usage: 'Casual, often teasing.',
  example: { text: '눈이 너무 높아.', translation: 'Your standards are too high.' },
  level: 'beginner',
  sources: ['Nunchi editors: test fixture'],
};

let vocab: VocabDb;
let dictDb: DictDb;
let listener: ReturnType<typeof createMessageListener>;
let packFiles: Record<string, unknown>;
let n = 0;

beforeEach(() => {
  fakeBrowser.reset();
  vocab = openVocabDb(`bg-vocab-${++n}`);
  dictDb = openDictDb(`bg-dict-${n}`);
  packFiles = { '/packs/ko.json': { language: 'ko', notes: [NOTE] } };
  const apis = fakeSiteApis(['https://video.example.org/*']);
  const pack = createPackCache((path) =>
    path in packFiles
      ? Promise.resolve(packFiles[path])
      : Promise.reject(new Error(`${path} is missing`)),
  );
  const dict = createDictionaryService({
    db: dictDb,
    openFile: () => Promise.resolve(streamOf(gzipDict('ko', KO_LINES))),
    loadEngine: () => Promise.resolve(fakeKoreanEngine as LanguageEngine),
  });
  listener = createMessageListener(
    createHandlers({
      vocab,
      dict,
      pack,
      engine: loadEngine,
      lines: createAnnotationService({ pack, engine: loadEngine }),
      readings: createReadingService({
        engine: loadEngine,
        lookup: (lang, text) => dict.lookup(lang, text),
      }),
      tabs: createTabStatusStore(),
      sites: createSiteAccess({ ...apis, builtInMatches: ['*://*.youtube.com/*'] }),
    }),
  );
  fakeBrowser.runtime.onMessage.addListener(listener);
});
afterEach(async () => {
  await Promise.all([vocab.delete(), dictDb.delete()]);
});

/** Delivers a message as if from a content script in tab `tabId` (fake-browser sends none). */
function fromTab(tabId: number, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    listener(message, { tab: { id: tabId } as never }, resolve);
  });
}

const STATUS: TabStatus = {
  source: 'YouTube captions',
  lang: 'ko',
  lines: 312,
  message: '',
  site: 'YouTube',
};

describe('background handlers through the message listener', () => {
  it('serves a validated pack and caches it', async () => {
    const pack = (await send('pack.get', { lang: 'ko' })) as { notes: { id: string }[] };
    expect(pack.notes.map((n) => n.id)).toEqual(['ko.nun-i-nopda']);
    packFiles['/packs/ko.json'] = 'changed on disk';
    expect(await send('pack.get', { lang: 'ko' })).toEqual(pack);
  });

  it('refuses a pack that does not validate, naming the problem', async () => {
    packFiles['/packs/zh.json'] = { language: 'zh', notes: [{ id: 'bad' }] };
    await expect(send('pack.get', { lang: 'zh' })).rejects.toThrow(/Invalid zh pack/);
    await expect(send('pack.get', { lang: 'ja' })).rejects.toThrow(/missing/);
  });

  it('looks a word up, installing the dictionary on first use', async () => {
    expect(await send('dict.status', { lang: 'ko' })).toMatchObject({ state: 'absent' });
    const reply = await send('dict.lookup', { lang: 'ko', text: '먹었어요' });
    expect(reply.state).toBe('ok');
    if (reply.state === 'ok') {
      expect(reply.results[0]).toMatchObject({
        surface: '먹었어요',
        lemma: '먹다',
        reasons: ['past', 'polite'],
      });
      expect(reply.results[0]!.entries[0]!.senses[0]!.glosses).toEqual(['to eat']);
    }
    expect(await send('dict.status', { lang: 'ko' })).toEqual({
      lang: 'ko',
      state: 'ready',
      progress: 1,
      entries: 5,
    });
  });

  it('installs and removes a dictionary on request', async () => {
    expect((await send('dict.install', { lang: 'ko' })).state).toBe('installing');
    await vi.waitFor(async () =>
      expect((await send('dict.status', { lang: 'ko' })).state).toBe('ready'),
    );
    expect(await send('dict.remove', { lang: 'ko' })).toMatchObject({
      state: 'absent',
      entries: 0,
    });
  });

  it('saves vocabulary and adds contexts on re-save', async () => {
    const context = {
      line: '눈이 너무 높아.',
      title: 'Ep 1',
      site: 'YouTube',
      url: 'https://www.youtube.com/watch?v=x&t=61s',
    };
    const first = await send('vocab.save', {
      lang: 'ko',
      term: '눈이 높다',
      noteId: NOTE.id,
      context,
    });
    expect(first.outcome).toBe('created');
    expect(await send('vocab.save', { lang: 'ko', term: '눈이 높다', context })).toEqual({
      id: first.id,
      outcome: 'unchanged',
    });
    expect(
      await send('vocab.save', {
        lang: 'ko',
        term: '눈이 높다',
        context: { ...context, line: '눈이 높으시네요.' },
      }),
    ).toEqual({ id: first.id, outcome: 'context-added' });
    expect((await vocab.entries.get(first.id))?.contexts).toHaveLength(2);
  });

  it('rejects a malformed save before it reaches the database', async () => {
    await expect(
      send('vocab.save', {
        lang: 'ko',
        term: '  ',
        context: { line: '', title: '', site: '', url: 'nope' },
      }),
    ).rejects.toThrow(MessageError);
    expect(await vocab.entries.count()).toBe(0);
  });

  it('keeps the status a tab reports and hands it to the popup', async () => {
    expect(await fromTab(12, { nunchi: 1, type: 'tab.status.set', payload: STATUS })).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(await send('tab.status.get', { tabId: 12 })).toEqual(STATUS);
    expect(await send('tab.status.get', { tabId: 13 })).toBeNull();
  });

  it('refuses a tab status that does not come from a tab', async () => {
    await expect(send('tab.status.set', STATUS)).rejects.toThrow(/only accepted from a tab/);
  });

  it('turns a site on and reports it', async () => {
    expect(await send('site.status', { origin: 'https://video.example.org' })).toEqual({
      enabled: false,
      builtIn: false,
    });
    expect(await send('site.enable', { origin: 'https://video.example.org', tabId: 2 })).toEqual({
      enabled: true,
    });
    expect(await send('site.status', { origin: 'https://video.example.org' })).toEqual({
      enabled: true,
      builtIn: false,
    });
    expect(await send('site.disable', { origin: 'https://video.example.org' })).toEqual({
      enabled: false,
    });
    expect(await send('site.status', { origin: 'https://www.youtube.com' })).toEqual({
      enabled: true,
      builtIn: true,
    });
  });

  it('answers messages outside the protocol with a refusal', async () => {
    expect(await fromTab(1, { nunchi: 1, type: 'vocab.dropAll', payload: {} })).toEqual({
      ok: false,
      error: 'Unknown message vocab.dropAll',
    });
  });
});

describe('subtitle text parsed in the background (content scripts carry no parsers)', () => {
  const SRT = '1\n00:00:01,000 --> 00:00:02,500\n<b>눈이 높다</b> &amp; <script>x</script>\n';

  it('reads a viewer’s file with the language its name carries, markup as text', async () => {
    const reply = await send('subtitles.parse', { filename: 'drama.e01.ko.srt', text: SRT });
    expect(reply.langTag).toBe('ko');
    // Styles come through the reply's schema; the tag itself never reaches the text.
    expect(reply.cues).toEqual([
      {
        text: '눈이 높다 & x',
        startMs: 1000,
        endMs: 2500,
        id: '1',
        styles: [{ start: 0, end: 5, bold: true }],
      },
    ]);
  });

  it('refuses a bad file with a reason that names it', async () => {
    await expect(
      send('subtitles.parse', { filename: 'notes.txt', text: 'not subtitles at all' }),
    ).rejects.toThrow(/Could not read “notes.txt”/);
    await expect(
      send('subtitles.parse', { filename: 'empty.vtt', text: 'WEBVTT\n\nno cues\n' }),
    ).rejects.toThrow(/“empty.vtt” has no subtitle lines/);
    // The page decoded the bytes: UTF-16 rules out WebVTT, as for a file read in place.
    await expect(
      send('subtitles.parse', {
        filename: 'a.vtt',
        text: '\ufeffWEBVTT\n\n00:01.000 --> 00:02.000\n안녕\n',
        encoding: 'utf-16le',
      }),
    ).rejects.toThrow(/WebVTT must be UTF-8/);
  });

  it('keeps the 20 MB bound: a larger text is refused before any parser runs', async () => {
    const huge = 'x'.repeat(20_000_001);
    await expect(send('subtitles.parse', { filename: 'big.srt', text: huge })).rejects.toThrow(
      /Invalid subtitles.parse: text/,
    );
  });

  it('reads a site’s track file by its format, merging repeats, and says when it is empty', async () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n눈치\n\n00:00:02.000 --> 00:00:03.000\n눈치\n';
    const reply = await send('subtitles.parse', { text: vtt, format: 'webvtt' });
    expect(reply).toEqual({ cues: [{ text: '눈치', startMs: 1000, endMs: 3000 }], langTag: null });
    await expect(send('subtitles.parse', { text: ' ', format: 'json3' })).rejects.toThrow(
      /empty subtitle track/,
    );
  });

  it('merges WebVTT segments and lists a DASH manifest’s text tracks', async () => {
    const segment = (n: number, line: string) =>
      `WEBVTT\n\n00:00:0${n}.000 --> 00:00:0${n + 1}.000\n${line}\n`;
    expect(
      await send('tracks.segments', { bodies: [segment(1, '하나'), 'not vtt', segment(3, '셋')] }),
    ).toEqual({
      cues: [
        { text: '하나', startMs: 1000, endMs: 2000 },
        { text: '셋', startMs: 3000, endMs: 4000 },
      ],
      skipped: 1,
    });
    const mpd = readFileSync(
      path.resolve(import.meta.dirname, '../../fixtures/tracks/max/manifest.mpd'),
      'utf8',
    );
    const { tracks } = await send('tracks.dash', {
      site: 'max',
      mpd,
      url: 'https://m.cdn.test/ep9.mpd',
      videoId: 'ep9',
    });
    expect(tracks.map((t) => [t.lang, t.kind, t.delivery])).toContainEqual([
      'ko',
      'subtitles',
      'segments',
    ]);
  });
});

describe('subtitle lines analysed in the background', () => {
  const CUSTOM: NoteInput = {
    ...NOTE,
    id: 'ko.sebaetdon',
    headword: '세뱃돈',
    category: 'holiday',
    example: { text: '세뱃돈 받았어?', translation: 'Did you get New Year money?' },
    context: { none: ['안 받았어'] },
  };

  it('marks each line with the notes it holds and sends the notes without their matching rules', async () => {
    packFiles['/packs/ko.json'] = { language: 'ko', notes: [NOTE, CUSTOM] };
    const reply = await send('lines.annotate', {
      lang: 'ko',
      lines: ['우리 언니는 눈이 너무 높아서 큰일이야.', '진짜 아무것도 없어.', '세뱃돈 받았어?'],
    });
    expect(reply.packNotes).toBe(2);
    expect(reply.marks).toEqual([
      [{ start: 7, end: 16, noteId: 'ko.nun-i-nopda' }],
      [],
      [{ start: 0, end: 3, noteId: 'ko.sebaetdon' }],
    ]);
    expect(reply.notes.map((n) => n.id).sort()).toEqual(['ko.nun-i-nopda', 'ko.sebaetdon']);
    const sebae = reply.notes.find((n) => n.id === 'ko.sebaetdon')!;
    expect(sebae).toMatchObject({ headword: '세뱃돈', category: 'holiday', forms: [] });
    expect(sebae).not.toHaveProperty('context');
  });

  it('leaves out the categories the viewer turned off', async () => {
    packFiles['/packs/ko.json'] = { language: 'ko', notes: [NOTE, CUSTOM] };
    const reply = await send('lines.annotate', {
      lang: 'ko',
      lines: ['눈이 높아요. 세뱃돈 줘.'],
      categories: ['holiday'],
    });
    expect(reply.marks[0]!.map((m) => m.noteId)).toEqual(['ko.sebaetdon']);
    expect(reply.notes.map((n) => n.id)).toEqual(['ko.sebaetdon']);
  });

  it('says why when the pack cannot load, and tries again on the next request', async () => {
    delete packFiles['/packs/ko.json'];
    await expect(send('lines.annotate', { lang: 'ko', lines: ['눈이 높아'] })).rejects.toThrow(
      /packs\/ko\.json is missing/,
    );
    packFiles['/packs/ko.json'] = { language: 'ko', notes: [NOTE] };
    expect((await send('lines.annotate', { lang: 'ko', lines: ['눈이 높아'] })).marks).toEqual([
      [{ start: 0, end: 5, noteId: 'ko.nun-i-nopda' }],
    ]);
  });

  it('refuses oversized batches with a message a person can read', async () => {
    const lines = Array.from({ length: 201 }, () => '눈');
    await expect(send('lines.annotate', { lang: 'ko', lines })).rejects.toThrow(
      /^Invalid lines\.annotate: lines Too big: expected array to have <=200 items/,
    );
    await expect(send('lines.annotate', { lang: 'xx' as 'ko', lines: [] })).rejects.toThrow(
      /^Invalid lines\.annotate: lang Invalid option: expected one of "ko"\|"zh"\|"ja"/,
    );
  });

  it('tells the language from a tag, else from the script of the lines', async () => {
    expect(await send('lines.detect', { sample: ['Hello'], langTag: 'ja-JP' })).toEqual({
      lang: 'ja',
    });
    expect(await send('lines.detect', { sample: ['눈이 높아서 큰일이야', '진짜?'] })).toEqual({
      lang: 'ko',
    });
    expect(await send('lines.detect', { sample: ['你们吃饭了吗？'], langs: ['zh'] })).toEqual({
      lang: 'zh',
    });
    // Korean is not among the candidates the viewer enabled.
    expect(await send('lines.detect', { sample: ['눈이 높아서'], langs: ['zh', 'ja'] })).toEqual({
      lang: null,
    });
    expect(await send('lines.detect', { sample: ['Where are you going?'] })).toEqual({
      lang: null,
    });
  });

  it('finds the headwords of related notes in their own packs', async () => {
    packFiles['/packs/zh.json'] = {
      language: 'zh',
      notes: [{ ...NOTE, id: 'zh.yanguang-gao', headword: '眼光高', related: [NOTE.id] }],
    };
    expect(
      await send('notes.headwords', { ids: ['zh.yanguang-gao', 'ja.missing', 'xx.nothing'] }),
    ).toEqual({
      headwords: [
        { id: 'zh.yanguang-gao', headword: '眼光高' },
        { id: 'ja.missing', headword: null },
        { id: 'xx.nothing', headword: null },
      ],
    });
  });
});

describe('readings through the message listener', () => {
  it('puts pinyin over Chinese characters and nothing over Korean', async () => {
    const zh = await send('lines.readings', { lang: 'zh', lines: ['我觉得，OK'] });
    expect(zh).toEqual({
      readings: [
        [
          { start: 0, end: 1, text: 'wǒ' },
          { start: 1, end: 2, text: 'jué' },
          { start: 2, end: 3, text: 'de' },
        ],
      ],
      complete: true,
    });
    expect(await send('lines.readings', { lang: 'ko', lines: ['눈이 높다'] })).toEqual({
      readings: [[]],
      complete: true,
    });
  });
});

describe('withRomanization', () => {
  const engine = () => loadEngine('ko');
  const result = (reading: string) => ({
    surface: '먹었어요',
    lemma: '먹다',
    reasons: ['past', 'polite'],
    entries: [{ headword: '먹다', variants: [], reading, senses: [], tags: [] }],
  });

  it('romanizes a headword whose entry has no reading', async () => {
    expect(await withRomanization({ state: 'ok', results: [result('')] }, engine)).toEqual({
      state: 'ok',
      results: [result('')],
      romanized: 'meokda',
    });
  });

  it('leaves a reading the dictionary gives, and replies without results, alone', async () => {
    const withReading = { state: 'ok' as const, results: [result('meokda')] };
    expect(await withRomanization(withReading, engine)).toBe(withReading);
    const none = { state: 'ok' as const, results: [] };
    expect(await withRomanization(none, engine)).toBe(none);
    const broken = () => Promise.reject(new Error('no engine'));
    expect(await withRomanization({ state: 'ok', results: [result('')] }, broken)).toEqual({
      state: 'ok',
      results: [result('')],
    });
  });
});
