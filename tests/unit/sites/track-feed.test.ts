// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageEnvelope, type PageMessage } from '../../../utils/sites/channel';
import { feedProblem, trackName } from '../../../utils/sites/feed-status';
import { createTrackFeed, type TrackFeedOptions } from '../../../utils/sites/track-feed';
import { localTrackParsers } from '../../../utils/tracks/local-parsers';
import type { TrackInfo } from '../../../utils/tracks/types';

const vtt = (line: string) => `WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n${line}\n`;

const track = (over: Partial<TrackInfo>): TrackInfo => ({
  site: 'netflix',
  videoId: '1',
  lang: 'ko',
  rawLang: 'ko',
  label: 'Korean',
  url: 'https://cdn.test/1-ko.vtt',
  format: 'webvtt',
  kind: 'subtitles',
  ...over,
});

function post(message: PageMessage, source: unknown = window): void {
  window.dispatchEvent(
    new MessageEvent('message', { data: pageEnvelope(message), source: source as Window }),
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  abort = new AbortController();
});

function feedFor(over: Partial<TrackFeedOptions> & { files?: Record<string, string> } = {}) {
  let urlId: string | null = '1';
  const fetched: string[] = [];
  const onChange = vi.fn();
  const files = over.files ?? {};
  const feed = createTrackFeed({
    site: 'netflix',
    urlVideoId: () => urlId,
    preferred: () => ['ko', 'zh', 'ja'],
    fetchText: (url) => {
      fetched.push(url);
      return url in files ? Promise.resolve(files[url]!) : Promise.reject(new Error('404'));
    },
    parsers: localTrackParsers,
    signal: abort.signal,
    onChange,
    ...over,
  });
  return { feed, fetched, onChange, go: (id: string | null) => (urlId = id) };
}

describe('createTrackFeed', () => {
  it('says hello so the hook replays what it saw before the content script started', () => {
    const hello = vi.fn();
    window.addEventListener('message', (e: MessageEvent<unknown>) => void hello(e.data), {
      signal: abort.signal,
    });
    feedFor();
    return settle().then(() =>
      expect(hello).toHaveBeenCalledWith({
        channel: 'nunchi:tracks/1',
        from: 'extension',
        message: { kind: 'hello' },
      }),
    );
  });

  it('loads the preferred track of the current video and reports it ready', async () => {
    const { feed, fetched, onChange } = feedFor({
      files: { 'https://cdn.test/1-ko.vtt': vtt('눈치 좀 챙겨.') },
    });
    post({
      kind: 'tracks',
      tracks: [track({ lang: 'en', url: 'https://cdn.test/1-en.vtt' }), track({})],
    });
    await settle();
    expect(fetched).toEqual(['https://cdn.test/1-ko.vtt']);
    const state = feed.state();
    expect(state.state).toBe('ready');
    expect(state.state === 'ready' && state.loaded.cues.map((c) => c.text)).toEqual([
      '눈치 좀 챙겨.',
    ]);
    expect(onChange).toHaveBeenCalled();
  });

  it('keeps tracks per video: a preloaded next episode waits until the page goes there', async () => {
    const { feed, fetched, go } = feedFor({
      files: { 'https://cdn.test/1-ko.vtt': vtt('하나'), 'https://cdn.test/2-ko.vtt': vtt('둘') },
    });
    post({ kind: 'tracks', tracks: [track({})] });
    post({ kind: 'tracks', tracks: [track({ videoId: '2', url: 'https://cdn.test/2-ko.vtt' })] });
    await settle();
    expect(fetched).toEqual(['https://cdn.test/1-ko.vtt']);
    go('2');
    expect(feed.state().state).toBe('loading');
    await settle();
    const state = feed.state();
    expect(state.state === 'ready' && state.loaded.track.videoId).toBe('2');
  });

  it('follows the latest listed video when the URL names none', async () => {
    const { feed } = feedFor({
      urlVideoId: () => null,
      files: { 'https://cdn.test/8-ko.vtt': vtt('팔'), 'https://cdn.test/9-ko.vtt': vtt('구') },
    });
    expect(feed.videoId()).toBeNull();
    post({ kind: 'tracks', tracks: [track({ videoId: '8', url: 'https://cdn.test/8-ko.vtt' })] });
    post({ kind: 'tracks', tracks: [track({ videoId: '9', url: 'https://cdn.test/9-ko.vtt' })] });
    await settle();
    expect(feed.videoId()).toBe('9');
    const state = feed.state();
    expect(state.state === 'ready' && state.loaded.cues[0]!.text).toBe('구');
  });

  it('prefers the track whose file the player itself loaded', async () => {
    const { feed, fetched } = feedFor({ site: 'iqiyi', urlVideoId: () => '77' });
    const list = {
      code: 'A00000',
      data: {
        tvid: 77,
        dstl: 'https://meta.test',
        program: {
          stl: [
            { lid: 4, _name: '한국어', webvtt: '/77/ko.vtt' },
            { lid: 1, _name: '简体中文', webvtt: '/77/zh.vtt' },
          ],
        },
      },
    };
    post({
      kind: 'response',
      url: 'https://cache-video.iq.com/dash?tvid=77',
      body: JSON.stringify(list),
      contentType: 'application/json',
    });
    post({
      kind: 'response',
      url: 'https://meta.test/77/zh.vtt',
      body: vtt('师兄'),
      contentType: 'text/vtt',
    });
    await settle();
    const state = feed.state();
    expect(state.state === 'ready' && state.loaded.track.lang).toBe('zh');
    // The player's own file is used as it came; it is not fetched a second time.
    expect(fetched).not.toContain('https://meta.test/77/zh.vtt');
  });

  it('reports a failed load in words', async () => {
    const { feed } = feedFor();
    post({ kind: 'tracks', tracks: [track({})] });
    await settle();
    const state = feed.state();
    expect(state).toMatchObject({ state: 'failed', message: '404' });
    expect(feedProblem('Netflix', state)).toMatch(/could not be loaded \(404\)/);
  });

  it('after a failed load, tries another track in a wanted language', async () => {
    const { feed, fetched } = feedFor({
      files: { 'https://cdn.test/1-ko-cc.vtt': vtt('[문 닫히는 소리]') },
    });
    post({
      kind: 'tracks',
      tracks: [
        track({}),
        track({ kind: 'captions', label: 'Korean CC', url: 'https://cdn.test/1-ko-cc.vtt' }),
      ],
    });
    await settle();
    await settle();
    expect(fetched).toEqual(['https://cdn.test/1-ko.vtt', 'https://cdn.test/1-ko-cc.vtt']);
    expect(feed.state().state).toBe('ready');
  });

  it('says when the listed tracks are pictures or other languages', async () => {
    const { feed } = feedFor();
    post({ kind: 'tracks', tracks: [track({ url: '', imageBased: true })] });
    await settle();
    expect(feed.state().state).toBe('unreadable');
    expect(feedProblem('Netflix', feed.state())).toMatch(
      /sends Korean subtitles for this video only as pictures/,
    );
    expect(
      feedProblem('Viki', {
        state: 'unreadable',
        tracks: [track({ lang: 'en' }), track({ lang: 'es' })],
      }),
    ).toMatch(/in English and Spanish; Nunchi reads Korean, Chinese and Japanese/);
    expect(feedProblem('Netflix', { state: 'none' })).toBeNull();
  });

  it('ignores messages from other windows, other sites and malformed ones', async () => {
    const { feed, fetched } = feedFor({ files: { 'https://cdn.test/1-ko.vtt': vtt('x') } });
    post({ kind: 'tracks', tracks: [track({})] }, null);
    post({ kind: 'tracks', tracks: [track({ site: 'viki' })] });
    window.dispatchEvent(
      new MessageEvent('message', {
        data: {
          channel: 'nunchi:tracks/1',
          from: 'page',
          message: { kind: 'tracks', tracks: 'x' },
        },
        source: window,
      }),
    );
    await settle();
    expect(fetched).toEqual([]);
    expect(feed.state().state).toBe('none');
  });

  it('stops listening when its signal aborts', async () => {
    const { feed, fetched } = feedFor({ files: { 'https://cdn.test/1-ko.vtt': vtt('x') } });
    abort.abort();
    post({ kind: 'tracks', tracks: [track({})] });
    await settle();
    expect(fetched).toEqual([]);
    expect(feed.hooked).toBe(false);
  });
});

describe('trackName', () => {
  it.each([
    [track({}), '“Korean”'],
    [track({ label: '한국어' }), '“한국어” (Korean)'],
    [track({ label: 'ja-JP', lang: 'ja' }), '“Japanese”'],
    [track({ label: '', lang: 'zh' }), '“Chinese”'],
  ])('%#', (t, name) => {
    expect(trackName(t)).toBe(name);
  });
});
