import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDictDb, type DictDb } from '../../../utils/dictionary/db';
import { createDictionaryService, type DictionaryDeps } from '../../../utils/dictionary/service';
import type { LanguageEngine } from '../../../utils/language/types';
import type { Language } from '../../../utils/notes/schema';
import { fakeKoreanEngine, gzipDict, KO_LINES, streamOf, ZH_LINES } from './store-fixture';

let db: DictDb;
let n = 0;
beforeEach(() => {
  db = openDictDb(`dict-service-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const files: Record<Language, () => Uint8Array> = {
  ko: () => gzipDict('ko', KO_LINES),
  zh: () => gzipDict('zh', ZH_LINES),
  ja: () => new TextEncoder().encode('not a dictionary'),
};

function service(overrides: Partial<DictionaryDeps> = {}) {
  const openFile = vi.fn((lang: Language) => Promise.resolve(streamOf(files[lang]())));
  const loadEngine = vi.fn((lang: Language) =>
    lang === 'ko'
      ? Promise.resolve(fakeKoreanEngine as LanguageEngine)
      : Promise.reject(new Error(`no engine for ${lang}`)),
  );
  const s = createDictionaryService({ db, openFile, loadEngine, ...overrides });
  return { s, openFile, loadEngine };
}

describe('dictionary service', () => {
  it('reports absent, then ready with the entry count', async () => {
    const { s } = service();
    expect(await s.status('ko')).toEqual({ lang: 'ko', state: 'absent', progress: 0, entries: 0 });
    expect(await s.installAndWait('ko')).toEqual({
      lang: 'ko',
      state: 'ready',
      progress: 1,
      entries: 5,
    });
  });

  it('answers install at once with installing, then finishes', async () => {
    const { s } = service();
    const started = await s.install('zh');
    expect(started.state).toBe('installing');
    await vi.waitFor(async () => expect((await s.status('zh')).state).toBe('ready'));
  });

  it('runs one install per language even when asked twice', async () => {
    const { s, openFile } = service();
    await Promise.all([s.installAndWait('ko'), s.installAndWait('ko'), s.install('ko')]);
    expect(openFile).toHaveBeenCalledTimes(1);
  });

  it('installs Korean on the first lookup and answers it', async () => {
    const { s } = service();
    const reply = await s.lookup('ko', '먹었어요');
    expect(reply.state).toBe('ok');
    if (reply.state !== 'ok') return;
    expect(reply.results[0]).toMatchObject({
      surface: '먹었어요',
      lemma: '먹다',
      reasons: ['past', 'polite'],
    });
    expect((await s.status('ko')).state).toBe('ready');
  });

  it('answers "unavailable, installing" when the first install takes longer than the wait', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { s } = service({
      firstUseWaitMs: 10,
      openFile: async (lang) => {
        await gate;
        return streamOf(files[lang]());
      },
    });
    const reply = await s.lookup('zh', '吃醋');
    expect(reply).toEqual({
      state: 'unavailable',
      status: { lang: 'zh', state: 'installing', progress: 0, entries: 0 },
    });
    release();
    await vi.waitFor(async () => expect((await s.status('zh')).state).toBe('ready'));
    expect(firstLemma(await s.lookup('zh', '吃醋'))).toBe('吃醋');
  });

  it('falls back to prefixes when the language has no engine', async () => {
    const { s } = service();
    const reply = await s.lookup('zh', '吃醋了');
    expect(reply).toMatchObject({ state: 'ok', results: [{ lemma: '吃醋' }, { lemma: '吃' }] });
  });

  it('reports a bad file as an error without retrying it on every hover', async () => {
    const { s, openFile } = service();
    const first = await s.lookup('ja', '猫');
    expect(first).toMatchObject({ state: 'unavailable', status: { state: 'error' } });
    if (first.state === 'unavailable') expect(first.status.error).toMatch(/ja dictionary: .*gzip/);
    await s.lookup('ja', '犬');
    expect(openFile).toHaveBeenCalledTimes(1);
  });

  it('keeps serving the old dictionary when a reinstall fails, and says so', async () => {
    let broken = false;
    const { s } = service({
      openFile: (lang) => Promise.resolve(streamOf(broken ? files.ja() : files[lang]())),
    });
    await s.installAndWait('ko');
    broken = true;
    const status = await s.installAndWait('ko');
    expect(status).toMatchObject({ state: 'ready', entries: 5 });
    expect(status.error).toMatch(/Could not install/);
    expect(firstLemma(await s.lookup('ko', '먹었어요'))).toBe('먹다');
  });

  it('caches lookups and forgets them when the dictionary is removed', async () => {
    const { s, loadEngine } = service();
    await s.installAndWait('ko');
    await s.lookup('ko', '눈이');
    await s.lookup('ko', '눈이');
    expect(loadEngine).toHaveBeenCalledTimes(1);
    expect(await s.remove('ko')).toEqual({ lang: 'ko', state: 'absent', progress: 0, entries: 0 });
    expect(await db.pages.count()).toBe(0);
  });

  it('evicts the least recently used lookup beyond the cache size', async () => {
    const { s, loadEngine } = service({ cacheSize: 2 });
    await s.installAndWait('ko');
    await s.lookup('ko', '눈이');
    await s.lookup('ko', '먹었어요');
    await s.lookup('ko', '눈이'); // refreshes 눈이
    await s.lookup('ko', '사람'); // evicts 먹었어요
    expect(loadEngine).toHaveBeenCalledTimes(3);
    await s.lookup('ko', '눈이');
    expect(loadEngine).toHaveBeenCalledTimes(3);
    await s.lookup('ko', '먹었어요');
    expect(loadEngine).toHaveBeenCalledTimes(4);
  });
});

function firstLemma(reply: Awaited<ReturnType<ReturnType<typeof service>['s']['lookup']>>) {
  return reply.state === 'ok' ? reply.results[0]?.lemma : reply.status.state;
}
