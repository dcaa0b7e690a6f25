import type { TimedCue } from '../subtitles/cue';
import { TrackTimeline } from './track-timeline';
import type { CueSink, CueSource } from './types';

export interface TimedTrackOptions {
  label: string;
  /** The track's language tag: a site's track language, a file name's (`episode.ko.srt`), or null. */
  langTag: string | null;
  /** Hides or restores what the page draws itself while the file's lines show. */
  setNativeHidden?: (hidden: boolean) => void;
}

/**
 * Plays a whole subtitle track in sync with the video's clock: a file the viewer loaded, and
 * (issue 3) any track read from a site's own requests. Frames drive it
 * through requestVideoFrameCallback where available (timeupdate alone fires only about four
 * times a second, late enough to see); seeks, rate changes and pauses are caught by events.
 */
export function timedTrackSource(
  video: HTMLVideoElement,
  cues: readonly TimedCue[],
  options: TimedTrackOptions,
): CueSource & { readonly timeline: TrackTimeline } {
  const timeline = new TrackTimeline(cues);
  // The page's own tracks would show under these lines; hide them while this track plays.
  const pageTracks = [...video.textTracks].filter((t) => t.mode === 'showing');
  let lastKeys: string | null = null;

  return {
    timeline,
    start(sink: CueSink, signal: AbortSignal) {
      sink.describe({
        label: options.label,
        langTag: options.langTag,
        lines: timeline.cues.length,
        sample: timeline.cues.slice(0, 8).map((c) => c.text),
        problem: timeline.cues.length ? '' : 'The subtitle track has no lines.',
        track: timeline.cues,
      });
      const tick = () => {
        const active = timeline.activeAt(video.currentTime * 1000);
        const keys = active.join(',');
        if (keys === lastKeys) return;
        lastKeys = keys;
        sink.show(active.map((i) => timeline.shown(i)));
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
      tick();
      signal.addEventListener('abort', () => {
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
