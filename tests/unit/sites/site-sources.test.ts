// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { disneyPlus, hulu, netflix, type SiteDescription } from '../../../utils/sites/descriptions';
import { createSiteSources } from '../../../utils/sites/site-sources';
import type { FeedState, TrackFeed } from '../../../utils/sites/track-feed';
import type { CueSource, SourceInfo } from '../../../utils/sites/types';
import { box, el } from './dom-helpers';

/** What a source says about itself when started. */
function describeOf(source: CueSource | null): SourceInfo | undefined {
  let info: SourceInfo | undefined;
  const abort = new AbortController();
  source?.start({ show: () => undefined, describe: (i) => (info = i) }, abort.signal);
  abort.abort();
  return info;
}

let abort: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  abort = new AbortController();
  document.body.replaceChildren();
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

function chain(site: SiteDescription, feed: TrackFeed | null = null) {
  const refresh = vi.fn();
  const sources = createSiteSources({ site, signal: abort.signal, refresh, feed });
  return { sources, refresh };
}

function huluPlayer(): HTMLVideoElement {
  const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
  document.body.append(box(el('div', { class: 'player' }, video), 0, 0, 960, 540));
  return video;
}

describe('createSiteSources', () => {
  it('finds the site’s largest connected video', () => {
    const small = box(el('video'), 0, 0, 100, 50);
    const big = box(el('video'), 0, 0, 960, 540);
    document.body.append(small, big);
    expect(chain(hulu).sources.findVideo()).toBe(big);
  });

  it('reads the site’s current layout, or an older one under its own name', () => {
    const video = huluPlayer();
    video.parentElement!.append(el('div', { class: 'caption-text-box' }));
    const { sources } = chain(hulu);
    expect(describeOf(sources.sourceFor(video, abort.signal).source)?.label).toBe(
      'Hulu captions (older player)',
    );
    video.parentElement!.append(el('div', { class: 'ClosedCaption' }));
    expect(describeOf(sources.sourceFor(video, abort.signal).source)?.label).toBe('Hulu captions');
  });

  it('waits on the current layout with the site’s hint, and asks again when a layout appears', () => {
    const video = huluPlayer();
    const { sources, refresh } = chain(hulu);
    const info = describeOf(sources.sourceFor(video, abort.signal).source);
    expect(info).toMatchObject({ label: 'Hulu captions', lines: 0, problem: hulu.hint });
    vi.advanceTimersByTime(1000);
    expect(refresh).not.toHaveBeenCalled();
    video.parentElement!.append(el('div', { class: 'ClosedCaption' }));
    vi.advanceTimersByTime(1000);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('never steps down on its own: a layout that disappears between cues keeps its source', () => {
    const video = huluPlayer();
    const layer = el('div', { class: 'ClosedCaption' });
    video.parentElement!.append(layer);
    const { sources, refresh } = chain(hulu);
    sources.sourceFor(video, abort.signal);
    layer.remove();
    vi.advanceTimersByTime(3000);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('falls back to text found over the video when the layout is gone, and says it is a fallback', () => {
    const video = huluPlayer();
    video.parentElement!.append(
      box(el('div', { class: 'subtitle-layer-v2' }, '자막'), 100, 460, 760, 40),
    );
    const { sources, refresh } = chain(hulu);
    sources.sourceFor(video, abort.signal);
    vi.advanceTimersByTime(1000);
    expect(refresh).toHaveBeenCalledTimes(1);
    const info = describeOf(sources.sourceFor(video, abort.signal).source);
    expect(info?.label).toBe('Captions found on the page (fallback)');
    expect(info?.note).toMatch(/Hulu's captions were not where Nunchi expects them/);
  });

  it('switches to the site’s whole track once it is loaded, with its name and language', () => {
    const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
    document.body.append(
      el('div', { class: 'watch-video' }, video, el('div', { class: 'player-timedtext' })),
    );
    let state: FeedState = { state: 'none' };
    const feed: TrackFeed = { videoId: () => '81000001', state: () => state, hooked: true };
    const { sources, refresh } = chain(netflix, feed);
    expect(describeOf(sources.sourceFor(video, abort.signal).source)?.label).toBe(
      'Netflix captions',
    );
    state = {
      state: 'ready',
      loaded: {
        track: {
          site: 'netflix',
          videoId: '81000001',
          lang: 'ko',
          rawLang: 'ko',
          label: 'Korean',
          url: 'https://cdn.test/ko.vtt',
          format: 'webvtt',
          kind: 'subtitles',
        },
        cues: [{ startMs: 1000, endMs: 2000, text: '눈치 좀 챙겨.' }],
      },
    };
    sources.recheck();
    expect(refresh).toHaveBeenCalledTimes(1);
    const track = sources.sourceFor(video, abort.signal).source;
    expect(describeOf(track)).toMatchObject({
      label: 'Netflix subtitle track “Korean”',
      langTag: 'ko',
      lines: 1,
    });
    // Without timing offsets the track does not answer the timing keys.
    expect(track?.followsTiming).toBeUndefined();
  });

  it('hands the overlay a track that follows the timing offsets, and where its times fall on the video', () => {
    const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
    document.body.append(el('div', { class: 'watch-video' }, video));
    const feed: TrackFeed = {
      videoId: () => '1',
      hooked: true,
      state: () => ({
        state: 'ready',
        loaded: {
          track: {
            site: 'netflix',
            videoId: '1',
            lang: 'ko',
            rawLang: 'ko',
            label: 'Korean',
            url: 'https://cdn.test/ko.vtt',
            format: 'webvtt',
            kind: 'subtitles',
          },
          cues: [{ startMs: 0, endMs: 1000, text: '하나' }],
        },
      }),
    };
    const zero = { siteMs: 0, videoMs: 0, totalMs: 0 };
    const offsets = {
      current: zero,
      offsetMs: () => 0,
      onChange: () => () => undefined,
      setVideo: () => Promise.resolve(zero),
      nudge: () => Promise.resolve(zero),
      reset: () => Promise.resolve(zero),
    };
    const sources = createSiteSources({
      site: netflix,
      signal: abort.signal,
      refresh: vi.fn(),
      feed,
      offsets,
    });
    const source = sources.sourceFor(video, abort.signal).source!;
    // The overlay answers the timing keys for it (it owns them for every source that follows).
    expect(source.followsTiming).toBe(true);
    expect(source.videoTimeOf?.(1500)).toBe(1500);
  });

  it('gives the overlay the site clock’s video time for seeking (Disney+: content ≠ video time)', () => {
    const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
    video.currentTime = 40;
    // The progress bar says the episode is at 100 s while the video element is at 40 s.
    const bar = el('div', { role: 'slider', 'aria-valuenow': '100' });
    document.body.append(el('disney-web-player', {}, video, bar));
    const feed: TrackFeed = {
      videoId: () => 'ep1',
      hooked: true,
      state: () => ({
        state: 'ready',
        loaded: {
          track: {
            site: 'disneyplus',
            videoId: 'ep1',
            lang: 'ko',
            rawLang: 'ko',
            label: 'Korean',
            url: 'https://cdn.test/ko.m3u8',
            format: 'webvtt',
            kind: 'subtitles',
            delivery: 'hls-playlist',
          },
          cues: [{ startMs: 100_000, endMs: 102_000, text: '눈치 좀 챙겨.' }],
        },
      }),
    };
    const sources = createSiteSources({
      site: disneyPlus,
      signal: abort.signal,
      refresh: vi.fn(),
      feed,
    });
    const source = sources.sourceFor(video, abort.signal).source!;
    let shown: string[] = [];
    source.start(
      { show: (cues) => (shown = cues.map((c) => c.text)), describe: () => undefined },
      abort.signal,
    );
    // On the content clock the line is on screen; seeking to it lands near 40 s of video.
    expect(shown).toEqual(['눈치 좀 챙겨.']);
    const target = source.videoTimeOf!(100_000);
    expect(target).toBeGreaterThanOrEqual(39_000);
    expect(target).toBeLessThanOrEqual(40_000);
  });

  it('says why the site’s track cannot be read while nothing else shows', () => {
    const video = box(el('video'), 0, 0, 960, 540) as HTMLVideoElement;
    document.body.append(
      el('div', { class: 'watch-video' }, video, el('div', { class: 'player-timedtext' })),
    );
    const feed: TrackFeed = {
      videoId: () => '81000005',
      hooked: true,
      state: () => ({
        state: 'unreadable',
        tracks: [
          {
            site: 'netflix',
            videoId: '81000005',
            lang: 'ko',
            rawLang: 'ko',
            label: 'Korean',
            url: '',
            format: 'webvtt',
            kind: 'subtitles',
            imageBased: true,
          },
        ],
      }),
    };
    const info = describeOf(chain(netflix, feed).sources.sourceFor(video, abort.signal).source);
    expect(info?.problem).toMatch(/Netflix sends Korean subtitles for this video only as pictures/);
  });
});
