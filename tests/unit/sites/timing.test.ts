// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { progressClock } from '../../../utils/sites/site-clock';
import { timedTrackSource } from '../../../utils/sites/timed-track-source';
import { createTimingOffsets } from '../../../utils/sites/timing-offset';
import type { ShownCue, SourceInfo } from '../../../utils/sites/types';
import { createOffsetStore } from '../../../utils/tracks/offset-store';

function memoryStore() {
  const map = new Map<string, number>();
  const store = createOffsetStore({
    get: (key) => map.get(key),
    set: (key, value) => {
      if (value === undefined) map.delete(key);
      else map.set(key, value);
    },
  });
  return { map, store };
}

/** A <video> whose clock the test sets. */
function fakeVideo() {
  const video = document.createElement('video');
  let time = 0;
  let seeking = false;
  Object.defineProperty(video, 'currentTime', { get: () => time, configurable: true });
  Object.defineProperty(video, 'seeking', { get: () => seeking, configurable: true });
  return {
    video,
    at: (seconds: number, event = 'timeupdate') => {
      time = seconds;
      video.dispatchEvent(new Event(event));
    },
    setSeeking: (value: boolean) => {
      seeking = value;
    },
  };
}

describe('createTimingOffsets', () => {
  it('nudges this video, keeps the site’s offset under it, and resets to the site’s', async () => {
    const { map, store } = memoryStore();
    await store.setSite('netflix', 200);
    const offsets = createTimingOffsets('netflix', store);
    const changes: number[] = [];
    offsets.onChange(() => changes.push(offsets.offsetMs()));
    expect(await offsets.setVideo('81000001')).toEqual({ siteMs: 200, videoMs: 0, totalMs: 200 });
    await offsets.nudge(100);
    await offsets.nudge(100);
    expect(offsets.current).toEqual({ siteMs: 200, videoMs: 200, totalMs: 400 });
    expect(map.get('timing-offset:netflix:81000001')).toBe(200);
    // Another video of the site starts from the site's offset alone.
    expect((await offsets.setVideo('81000002')).totalMs).toBe(200);
    expect((await offsets.setVideo('81000001')).totalMs).toBe(400);
    await offsets.reset();
    expect(offsets.offsetMs()).toBe(200);
    expect(map.has('timing-offset:netflix:81000001')).toBe(false);
    expect(changes).toEqual([200, 300, 400, 200, 400, 200]);
  });

  it('counts every key press made in quick succession (each change waits for the one before)', async () => {
    const map = new Map<string, number>();
    // Storage answers later, as extension storage does.
    const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 1));
    const store = createOffsetStore({
      get: (key) => later(map.get(key)),
      set: (key, value) => {
        if (value === undefined) map.delete(key);
        else map.set(key, value);
        return later(undefined);
      },
    });
    const offsets = createTimingOffsets('netflix', store);
    void offsets.setVideo('81000001');
    const presses = Array.from({ length: 5 }, () => offsets.nudge(100));
    expect((await Promise.all(presses)).map((o) => o.totalMs)).toEqual([100, 200, 300, 400, 500]);
    expect(map.get('timing-offset:netflix:81000001')).toBe(500);
    // Without a video id the site's offset takes them all the same.
    const site = createTimingOffsets('https://example.test', store);
    await Promise.all([site.nudge(-100), site.nudge(-100), site.nudge(-100)]);
    expect(site.offsetMs()).toBe(-300);
  });

  it('moves the site’s offset when the video has no id', async () => {
    const { map, store } = memoryStore();
    const offsets = createTimingOffsets('https://example.test', store);
    await offsets.setVideo(null);
    await offsets.nudge(-1000);
    expect(offsets.current).toEqual({ siteMs: -1000, videoMs: 0, totalMs: -1000 });
    expect(map.get('timing-offset:https://example.test')).toBe(-1000);
  });
});

describe('timedTrackSource with an offset and a site clock', () => {
  const cues = [
    { startMs: 1000, endMs: 3000, text: '하나' },
    { startMs: 4000, endMs: 6000, text: '둘' },
  ];

  it('shows lines later by the offset, reports shifted times, and follows offset changes at once', () => {
    const { video, at } = fakeVideo();
    let offset = 0;
    const listeners = new Set<() => void>();
    const shown: ShownCue[][] = [];
    const infos: SourceInfo[] = [];
    const source = timedTrackSource(video, cues, {
      label: 'track',
      langTag: 'ko',
      offset: {
        offsetMs: () => offset,
        onChange: (l) => (listeners.add(l), () => listeners.delete(l)),
      },
    });
    source.start(
      { show: (c) => shown.push(c), describe: (i) => infos.push(i) },
      new AbortController().signal,
    );
    at(4.2);
    expect(shown.at(-1)!.map((c) => c.text)).toEqual(['둘']);
    offset = 500;
    for (const l of listeners) l();
    expect(shown.at(-1)).toEqual([]);
    at(4.6);
    expect(shown.at(-1)).toMatchObject([{ text: '둘', startMs: 4500, endMs: 6500, prev: '하나' }]);
    expect(infos.at(-1)!.track!.map((c) => c.startMs)).toEqual([1500, 4500]);
  });

  it('plays on the site’s clock and maps its times back to the video for seeking', () => {
    const { video, at } = fakeVideo();
    const shown: ShownCue[][] = [];
    const source = timedTrackSource(video, cues, {
      label: 'track',
      langTag: 'ko',
      clock: { now: () => video.currentTime * 1000 + 30_000, toVideo: (ms) => ms - 30_000 },
    });
    source.start(
      { show: (c) => shown.push(c), describe: () => undefined },
      new AbortController().signal,
    );
    at(4.2);
    expect(shown.at(-1)).toEqual([]);
    at(-25.8);
    expect(shown.at(-1)!.map((c) => c.text)).toEqual(['둘']);
    expect(source.videoTimeOf(4000)).toBe(-26_000);
  });
});

describe('progressClock', () => {
  function player(value: string) {
    document.body.replaceChildren();
    const bar = document.createElement('div');
    bar.setAttribute('role', 'slider');
    bar.setAttribute('aria-valuenow', value);
    const host = document.createElement('disney-web-player');
    host.append(bar);
    document.body.append(host);
    return bar;
  }

  it('is the video clock without a bar', () => {
    document.body.replaceChildren();
    const { video, at } = fakeVideo();
    at(12.5);
    expect(progressClock(video, '[role="slider"]').now()).toBe(12_500);
  });

  it('learns the exact offset from whole-second ticks while playing', () => {
    const bar = player('30');
    const { video, at } = fakeVideo();
    const clock = progressClock(video, 'disney-web-player [role="slider"]');
    // Content = video + 30.4 s; the bar shows whole seconds of content, redrawn 4 times a second.
    for (let t = 0; t <= 3; t += 0.25) {
      at(t);
      bar.setAttribute('aria-valuenow', String(Math.floor(t + 30.4)));
      clock.now();
    }
    expect(Math.abs(clock.now() - (video.currentTime * 1000 + 30_400))).toBeLessThan(300);
    expect(Math.abs(clock.toVideo(40_400) - 10_000)).toBeLessThan(300);
  });

  it('takes a bar with fractions as exact, and a new media source once readings agree on it', async () => {
    const bar = player('30.25');
    const { video, at } = fakeVideo();
    const clock = progressClock(video, 'disney-web-player [role="slider"]');
    at(0);
    expect(clock.now()).toBeCloseTo(30_250, -1);
    // A new media source: the bar now says content is video + 100 s.
    at(1);
    bar.setAttribute('aria-valuenow', '101');
    clock.now();
    expect(clock.now()).toBeCloseTo(31_250, -1);
    await new Promise((resolve) => setTimeout(resolve, 220));
    at(1.1);
    bar.setAttribute('aria-valuenow', '101.1');
    expect(clock.now()).toBeCloseTo(101_100, -1);
  });

  it('ignores the bar while the video seeks (it still shows the old position)', () => {
    const bar = player('40.5');
    const v = fakeVideo();
    const clock = progressClock(v.video, 'disney-web-player [role="slider"]');
    v.at(10);
    expect(clock.now()).toBeCloseTo(40_500, -1);
    v.setSeeking(true);
    v.at(20, 'seeking');
    expect(clock.now()).toBeCloseTo(50_500, -1);
    v.setSeeking(false);
    bar.setAttribute('aria-valuenow', '50.5');
    expect(clock.now()).toBeCloseTo(50_500, -1);
  });
});
