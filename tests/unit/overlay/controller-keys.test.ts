// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createOverlayController,
  type OverlayController,
  type TimingControl,
} from '../../../utils/overlay/controller';
import type { Store } from '../../../utils/overlay/store';
import type { OverlayView } from '../../../utils/overlay/view';
import type { CueSource, PickOutcome, SourceInfo } from '../../../utils/sites/types';
import type { TimedCue } from '../../../utils/subtitles/cue';

/**
 * The overlay is the one place the page's keys are answered: timing keys whenever the source
 * playing follows the offsets, Shift+C where the source can read what the viewer points at.
 */

const TRACK: TimedCue[] = [
  { text: '하나', startMs: 61_000, endMs: 63_000 },
  { text: '둘', startMs: 64_000, endMs: 66_000 },
  { text: '셋', startMs: 67_000, endMs: 69_000 },
];

/** A timing control whose `nudges` record each change asked for. */
function timing(): TimingControl & { nudges: number[] } {
  const offset = { siteMs: 0, videoMs: 0, totalMs: 0 };
  const nudges: number[] = [];
  return {
    nudges,
    offsetMs: () => 0,
    onChange: () => () => undefined,
    nudge: (delta: number) => {
      nudges.push(delta);
      return Promise.resolve({ ...offset, totalMs: delta });
    },
    reset: () => Promise.resolve(offset),
  };
}

/** A source that reports a whole track on a content clock one minute ahead of the video. */
function source(over: Partial<CueSource> = {}, info: Partial<SourceInfo> = {}): CueSource {
  return {
    start(sink) {
      sink.describe({
        label: 'Disney+ subtitle track “Korean”',
        langTag: 'ko',
        lines: TRACK.length,
        sample: TRACK.map((c) => c.text),
        problem: '',
        track: TRACK,
        ...info,
      });
    },
    setNativeHidden: () => undefined,
    videoTimeOf: (ms) => ms - 60_000,
    ...over,
  };
}

let abort: AbortController;
let video: HTMLVideoElement;
let view: Store<OverlayView>;

beforeEach(() => {
  fakeBrowser.reset();
  // The background: no notes to mark, statuses accepted.
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const { type, payload } = message as { type: string; payload: { lines?: string[] } };
    const value =
      type === 'lines.annotate'
        ? { packNotes: 0, marks: payload.lines!.map(() => []), notes: [] }
        : { ok: true };
    (sendResponse as (reply: unknown) => void)({ ok: true, value });
    return true;
  });
  abort = new AbortController();
  video = document.createElement('video');
  document.body.append(video);
});
afterEach(() => {
  abort.abort();
  document.body.replaceChildren();
});

async function overlay(t?: TimingControl): Promise<OverlayController> {
  const controller = await createOverlayController({
    video,
    site: { name: 'Disney+', timestamp: 'none', nativeCaptions: [] },
    signal: abort.signal,
    mountUi: (_shadow, _container, store) => {
      view = store;
      return () => undefined;
    },
    ...(t ? { timing: t } : {}),
  });
  return controller;
}

function press(key: string, code: string, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, code, shiftKey, cancelable: true });
  document.body.dispatchEvent(event);
  return event;
}

describe('the overlay’s keys', () => {
  it('moves the lines of a source that follows the timing offsets, and lists the keys then', async () => {
    const offsets = timing();
    const controller = await overlay(offsets);
    controller.setSource(source({ followsTiming: true }));
    expect(press('[', 'BracketLeft').defaultPrevented).toBe(true);
    expect(press('}', 'BracketRight', true).defaultPrevented).toBe(true);
    expect(offsets.nudges).toEqual([-100, 1000]);
    press('h', 'KeyH');
    expect(view.get().help?.map((s) => s.keys)).toContain('[  ]');
  });

  it('leaves the timing keys to the page for sources on the site’s own timing', async () => {
    const offsets = timing();
    const controller = await overlay(offsets);
    controller.setSource(source());
    expect(press('[', 'BracketLeft').defaultPrevented).toBe(false);
    expect(offsets.nudges).toEqual([]);
    press('h', 'KeyH');
    const keys = view.get().help!.map((s) => s.keys);
    expect(keys).not.toContain('[  ]');
    expect(keys).not.toContain('\\');
  });

  it('points at the captions on Shift+C where the source can take them, and says so in the status', async () => {
    let picked: (outcome: PickOutcome) => void = () => undefined;
    const pickCaptions = vi.fn(() => new Promise<PickOutcome>((resolve) => (picked = resolve)));
    const controller = await overlay(timing());
    controller.setSource(
      source({ pickCaptions }, { note: 'Hulu’s captions were not where Nunchi expects them.' }),
    );
    expect(view.get().canPick).toBe(true);
    expect(controller.status()).toMatchObject({
      canPick: true,
      note: 'Hulu’s captions were not where Nunchi expects them.',
    });
    expect(press('C', 'KeyC', true).defaultPrevented).toBe(true);
    expect(pickCaptions).toHaveBeenCalledOnce();
    // A second request while the page waits for the click does not start another picker.
    expect(controller.pickCaptions()).toMatchObject({ started: false });
    picked({ picked: true, selector: '.subs', text: '하나' });
    await vi.waitFor(() => expect(view.get().notice?.text).toMatch(/captions you pointed at/));
    press('h', 'KeyH');
    expect(view.get().help?.map((s) => s.keys)).toContain('Shift+C');
  });

  it('keeps Shift+C for the page when the source reads a track, not the page', async () => {
    const controller = await overlay(timing());
    controller.setSource(source());
    expect(view.get().canPick).toBe(false);
    expect(controller.status().canPick).toBe(false);
    expect(press('C', 'KeyC', true).defaultPrevented).toBe(false);
    expect(controller.pickCaptions()).toMatchObject({ started: false });
    press('h', 'KeyH');
    expect(view.get().help?.map((s) => s.keys)).not.toContain('Shift+C');
  });
});

describe('moving between lines on a clock that is not the video’s', () => {
  it('seeks through the source’s videoTimeOf (Disney+: content time ≠ video time)', async () => {
    const controller = await overlay();
    controller.setSource(source());
    // Wait until the language is settled (the keys need the lines' pipeline).
    await vi.waitFor(() => expect(view.get().lang).toBe('ko'));
    video.currentTime = 4.5; // content 64.5 s: the line "둘"
    press('d', 'KeyD');
    expect(video.currentTime).toBeCloseTo(7.02, 3); // "셋" starts at 67 s = video 7 s
    press('a', 'KeyA');
    expect(video.currentTime).toBeCloseTo(4.02, 3);
    press('r', 'KeyR');
    expect(video.currentTime).toBeCloseTo(4.02, 3);
  });
});
