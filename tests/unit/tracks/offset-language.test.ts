import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../utils/subtitles/cue';
import type { Language } from '../../../utils/notes/schema';
import type { LanguageEngine } from '../../../utils/language/types';
import { detectTrackLanguage, sampleText } from '../../../utils/tracks/detect-language';
import { createOffsetStore, MAX_OFFSET_MS } from '../../../utils/tracks/offset-store';
import { parseTrackText } from '../../../utils/tracks/parse-track';
import { fixture } from './fixtures';

function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (key: string) => Promise.resolve(data.get(key)),
    set: (key: string, value: number | undefined) => {
      if (value === undefined) data.delete(key);
      else data.set(key, value);
    },
  };
}

describe('createOffsetStore', () => {
  it('adds the video offset to the site offset', async () => {
    const storage = memoryStorage();
    const store = createOffsetStore(storage);
    expect(await store.get('netflix', '81000001')).toEqual({ siteMs: 0, videoMs: 0, totalMs: 0 });
    await store.setSite('netflix', 400);
    await store.setVideo('netflix', '81000001', -150);
    expect(await store.get('netflix', '81000001')).toEqual({
      siteMs: 400,
      videoMs: -150,
      totalMs: 250,
    });
    // Another video of the site gets the site's offset alone; another site gets nothing.
    expect((await store.get('netflix', '81000002')).totalMs).toBe(400);
    expect((await store.get('viki', '81000001')).totalMs).toBe(0);
  });

  it('nudges the video offset and forgets it back at zero', async () => {
    const storage = memoryStorage();
    const store = createOffsetStore(storage);
    expect((await store.nudgeVideo('viki', '1v', 100)).videoMs).toBe(100);
    expect((await store.nudgeVideo('viki', '1v', 100)).totalMs).toBe(200);
    expect([...storage.data]).toEqual([['timing-offset:viki:1v', 200]]);
    await store.nudgeVideo('viki', '1v', -200);
    expect(storage.data.size).toBe(0);
  });

  it('reads stored junk as no offset and clamps wild values', async () => {
    const storage = memoryStorage({
      'timing-offset:youtube': 'soon',
      'timing-offset:youtube:a': Number.POSITIVE_INFINITY,
      'timing-offset:youtube:b': 10 ** 12,
      'timing-offset:youtube:c': 12.6,
    });
    const store = createOffsetStore(storage);
    expect(await store.get('youtube', 'a')).toEqual({ siteMs: 0, videoMs: 0, totalMs: 0 });
    expect((await store.get('youtube', 'b')).videoMs).toBe(MAX_OFFSET_MS);
    expect((await store.get('youtube', 'c')).videoMs).toBe(13);
    await store.setSite('youtube', -(10 ** 9));
    expect(storage.data.get('timing-offset:youtube')).toBe(-MAX_OFFSET_MS);
  });
});

const lines = (...texts: string[]): Cue[] => texts.map((text) => ({ text }));

describe('detectTrackLanguage (registry engines)', () => {
  it.each<[string, Cue[], Language]>([
    ['Korean WebVTT', parseTrackText(fixture('netflix/ko.vtt'), 'webvtt'), 'ko'],
    ['Japanese IMSC', parseTrackText(fixture('netflix/ja.imsc.xml'), 'ttml'), 'ja'],
    [
      'Japanese ASS with a kanji-only sign',
      parseTrackText(fixture('crunchyroll/ja-JP.ass'), 'ass'),
      'ja',
    ],
    ['Chinese Bilibili JSON', parseTrackText(fixture('bilibili/zh.json'), 'bilibili-json'), 'zh'],
    [
      'Korean with English names and numbers',
      lines('민수 씨, 오늘 Netflix 볼래?', '그래, 3시에 만나요.', '오케이!'),
      'ko',
    ],
  ])('%s', async (_name, cues, lang) => {
    const guess = await detectTrackLanguage(cues);
    expect(guess?.lang).toBe(lang);
    expect(guess!.confidence).toBeGreaterThanOrEqual(0.2);
    expect(guess!.confidence).toBeLessThanOrEqual(1);
  });

  it.each<[string, Cue[]]>([
    ['English', lines('Mind your manners.', 'Did you eat?', 'Not yet.')],
    ['Thai', lines('กินข้าวหรือยัง', 'ยังเลย')],
    ['only sound cues and music notes', lines('♪', '(...)', '123')],
    ['nothing', []],
    ['half Korean, half Japanese', lines('눈치 좀 챙겨', 'お腹すいた')],
  ])('no guess for %s', async (_name, cues) => {
    expect(await detectTrackLanguage(cues)).toBeNull();
  });
});

describe('detectTrackLanguage with injected engines', () => {
  const engine = (code: Language, score: (text: string) => number) =>
    ({ code, scriptScore: score }) as unknown as LanguageEngine;

  it('leaves out an engine that fails to load', async () => {
    const guess = await detectTrackLanguage(lines('눈치'), {
      load: (code) =>
        code === 'ko'
          ? Promise.resolve(engine('ko', () => 0.9))
          : Promise.reject(new Error('no engine')),
    });
    expect(guess).toEqual({ lang: 'ko', confidence: 0.9, scores: { ko: 0.9 } });
  });

  it('reports the margin over the runner-up as confidence', async () => {
    const scores: Record<Language, number> = { ko: 0, ja: 0.95, zh: 0.4 };
    const guess = await detectTrackLanguage(lines('x'), {
      load: (code) => Promise.resolve(engine(code, () => scores[code])),
    });
    expect(guess?.lang).toBe('ja');
    expect(guess?.confidence).toBeCloseTo(0.55);
  });

  it('samples evenly across the track, not just the opening', () => {
    const cues = Array.from({ length: 1000 }, (_, i) => ({ text: `line ${i}` }));
    const sample = sampleText(cues, 4).split('\n');
    expect(sample).toEqual(['line 0', 'line 250', 'line 500', 'line 750']);
    expect(sampleText(lines('a', ' ', 'b'), 10)).toBe('a\nb');
    expect(sampleText(lines('a'), 0)).toBe('');
  });
});
