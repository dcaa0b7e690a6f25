import type { TimedCue } from '../subtitles/cue';
import { TrackTimeline } from './track-timeline';
import type { CueSink, CueSource, ShownCue } from './types';

/** A clock other than `video.currentTime` that the track's times are on (see site-clock.ts). */
export interface TrackClock {
  /** The track's time now, in ms. */
  now(): number;
  /** Where a time on this clock falls on `video.currentTime`, in ms (for seeking). */
  toVideo(ms: number): number;
}

/** A viewer's timing correction (see timing-offset.ts): positive shows lines later. */
export interface OffsetControl {
  offsetMs(): number;
  /** Calls back when the offset changes; returns the unsubscribe. */
  onChange(callback: () => void): () => void;
}

export interface TimedTrackOptions {
  label: string;
  /** The track's language tag: a site's track language, a file name's (`episode.ko.srt`), or null. */
  langTag: string | null;
  /** Hides or restores what the page draws itself while the file's lines show. */
  setNativeHidden?: (hidden: boolean) => void;
  /** The clock the cues are timed on; the video's own by default. */
  clock?: TrackClock;
  offset?: OffsetControl;
  /** Said alongside the cues (how this track was found, or what it stands in for). */
  note?: string;
}

export type TimedTrackSource = CueSource & {
  readonly timeline: TrackTimeline;
  videoTimeOf(ms: number): number;
};

/**
 * Plays a whole subtitle track in sync with a clock: a file the viewer loaded, and any track
 * read from a site's own requests. Frames drive it through requestVideoFrameCallback where
 * available (timeupdate alone fires only about four times a second, late enough to see);
 * seeks, rate changes and pauses are caught by events. The viewer's offset moves every line:
 * every time reported (shown cues, the whole track) includes it, so it is when the line shows
 * on the clock, and `videoTimeOf` turns it into video time for seeking.
 */
export function timedTrackSource(
  video: HTMLVideoElement,
  cues: readonly TimedCue[],
  options: TimedTrackOptions,
): TimedTrackSource {
  const timeline = new TrackTimeline(cues);
  const clock: TrackClock = options.clock ?? {
    now: () => video.currentTime * 1000,
    toVideo: (ms) => ms,
  };
  const offset = () => options.offset?.offsetMs() ?? 0;
  // The page's own tracks would show under these lines; hide them while this track plays.
  const pageTracks = [...video.textTracks].filter((t) => t.mode === 'showing');
  let lastKeys: string | null = null;

  const shownAt = (index: number): ShownCue => {
    const shown = timeline.shown(index);
    const shift = offset();
    if (shift === 0) return shown;
    return { ...shown, startMs: shown.startMs! + shift, endMs: shown.endMs! + shift };
  };

  return {
    timeline,
    followsTiming: options.offset !== undefined,
    videoTimeOf: (ms) => clock.toVideo(ms),
    start(sink: CueSink, signal: AbortSignal) {
      const describe = () => {
        const shift = offset();
        sink.describe({
          label: options.label,
          langTag: options.langTag,
          lines: timeline.cues.length,
          sample: timeline.cues.slice(0, 8).map((c) => c.text),
          problem: timeline.cues.length ? '' : 'The subtitle track has no lines.',
          track: shift
            ? timeline.cues.map((c) => ({
                ...c,
                startMs: c.startMs + shift,
                endMs: c.endMs + shift,
              }))
            : timeline.cues,
          ...(options.note ? { note: options.note } : {}),
        });
      };
      describe();
      const tick = () => {
        const shift = offset();
        const active = timeline.activeAt(clock.now() - shift);
        const keys = `${active.join(',')}@${shift}`;
        if (keys === lastKeys) return;
        lastKeys = keys;
        sink.show(active.map(shownAt));
      };
      const onFrame = () => {
        if (signal.aborted) return;
        tick();
        video.requestVideoFrameCallback(onFrame);
      };
      if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(onFrame);
      for (const type of ['timeupdate', 'seeked', 'seeking', 'ratechange', 'loadedmetadata']) {
        video.addEventListener(type, tick, { signal });
      }
      const unsubscribe = options.offset?.onChange(() => {
        describe();
        tick();
      });
      tick();
      signal.addEventListener('abort', () => {
        unsubscribe?.();
        for (const track of pageTracks) track.mode = 'showing';
        options.setNativeHidden?.(false);
      });
    },
    setNativeHidden(hidden) {
      for (const track of pageTracks) track.mode = hidden ? 'hidden' : 'showing';
      options.setNativeHidden?.(hidden);
    },
  };
}
