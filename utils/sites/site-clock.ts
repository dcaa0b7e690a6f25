import { queryDeep } from './deep-query';
import type { TrackClock } from './timed-track-source';

/** How often to look for the progress bar again when it is missing (players rebuild controls). */
const FIND_EVERY_MS = 500;
/** Further apart than this, the video and the bar disagree because of a seek, not rounding. */
const RESYNC_MS = 1500;

/**
 * Content time from a player's progress bar, for sites whose `video.currentTime` is not content
 * time (Disney+ restarts it with each media source). The bar's `aria-valuenow` (seconds) moves
 * in whole steps, so the clock keeps the difference between it and the video, measured when the
 * bar's value changes (that is when content time is exactly the new value), and adds it to
 * `currentTime` in between: frame-accurate, and right again after a seek. Without a bar it is
 * the video's clock.
 */
export function progressClock(video: HTMLVideoElement, selector: string): TrackClock {
  let bar: Element | null = null;
  let lookedAt = -Infinity;
  let lastValue: number | null = null;
  let deltaMs: number | null = null;

  const value = (): number | null => {
    if (!bar?.isConnected) {
      const now = performance.now();
      if (now - lookedAt < FIND_EVERY_MS) return null;
      lookedAt = now;
      bar = queryDeep(document, selector);
      if (!bar) return null;
    }
    const seconds = Number.parseFloat(bar.getAttribute('aria-valuenow') ?? '');
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
  };

  const now = (): number => {
    const videoMs = video.currentTime * 1000;
    const barMs = value();
    if (barMs === null) return videoMs + (deltaMs ?? 0);
    if (barMs !== lastValue || deltaMs === null) {
      const measured = barMs - videoMs;
      // A change of value is an exact moment; a first reading or a jump sets the delta anyway.
      if (lastValue !== null || deltaMs === null) deltaMs = measured;
      lastValue = barMs;
    } else if (Math.abs(videoMs + deltaMs - barMs) > RESYNC_MS) {
      deltaMs = barMs - videoMs;
    }
    return videoMs + deltaMs;
  };

  return {
    now,
    toVideo: (ms) => ms - (deltaMs ?? 0),
  };
}
