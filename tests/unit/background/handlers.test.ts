import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { createPackCache } from '../../../entrypoints/background/packs';
import { createSiteAccess } from '../../../entrypoints/background/site-access';
import { createTabStatusStore } from '../../../entrypoints/background/tab-status';
import { openDictDb, type DictDb } from '../../../utils/dictionary/db';
import { createDictionaryService } from '../../../utils/dictionary/service';
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
  listener = createMessageListener(
    createHandlers({
      vocab,
      dict: createDictionaryService({
        db: dictDb,
        openFile: () => Promise.resolve(streamOf(gzipDict('ko', KO_LINES))),
        loadEngine: () => Promise.resolve(fakeKoreanEngine as LanguageEngine),
      }),
      pack: createPackCache((path) =>
        path in packFiles
          ? Promise.resolve(packFiles[path])
          : Promise.reject(new Error(`${path} is missing`)),
      ),
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
