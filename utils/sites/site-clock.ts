import { queryDeep } from './deep-query';
import type { TrackClock } from './timed-track-source';

/** How often to look for the progress bar again when it is missing (players rebuild controls). */
const FIND_EVERY_MS = 500;
/** How late a progress bar may be redrawn (players update it on timeupdate, ~4 times a second). */
const BAR_LAG_MS = 300;
/** A reading that contradicts the bounds must be confirmed this long before it replaces them. */
const CONFIRM_MS = 200;

/**
 * Content time from a player's progress bar, for sites whose `video.currentTime` is not content
 * time (Disney+ restarts it with each media source). Content time is the video's time plus a
 * constant D while one media source plays. Each reading of the bar (`aria-valuenow`, seconds,
 * possibly whole seconds only) bounds D: `bar ≤ video + D < bar + step`. The bounds seen since
 * the last jump are intersected (with slack for a bar redrawn late), so while the video plays
 * they narrow to a frame around the moment the bar ticks. Readings that contradict them for a
 * while mean a new media source, and replace them; a single one is a bar not yet redrawn
 * after a seek (or while seeking), and is ignored. D is the middle of the bounds without the
 * slack: at most half a step off right after a seek on a paused video, a frame or so once it
 * has played through a tick. Without a bar it is the video's clock.
 */
export function progressClock(video: HTMLVideoElement, selector: string): TrackClock {
  let bar: Element | null = null;
  let lookedAt = -Infinity;
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  let pending: { lo: number; hi: number; since: number } | null = null;

  const observe = (low: number, high: number) => {
    if (Math.max(lo, low) <= Math.min(hi, high)) {
      lo = Math.max(lo, low);
      hi = Math.min(hi, high);
      pending = null;
      return;
    }
    const at = performance.now();
    if (pending && Math.max(pending.lo, low) <= Math.min(pending.hi, high)) {
      pending = {
        lo: Math.max(pending.lo, low),
        hi: Math.min(pending.hi, high),
        since: pending.since,
      };
      if (at - pending.since >= CONFIRM_MS) {
        lo = pending.lo;
        hi = pending.hi;
        pending = null;
      }
    } else {
      pending = { lo: low, hi: high, since: at };
    }
  };

  const reading = (): number | null => {
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

  // The slack widens the bounds only to keep late redraws consistent; the estimate is the
  // middle of the bounds without it.
  const delta = (): number =>
    Number.isFinite(lo) && Number.isFinite(hi) ? (lo + Math.max(lo, hi - BAR_LAG_MS)) / 2 : 0;

  const now = (): number => {
    const videoMs = video.currentTime * 1000;
    const barMs = reading();
    // While seeking, the bar still shows where the video was.
    if (barMs !== null && !video.seeking) {
      // Whole-second bars leave a second of doubt; a bar with a fraction is exact to 1 ms.
      const stepMs = Number.isInteger(barMs / 1000) ? 1000 : 1;
      // A bar redrawn late shows an earlier value: only the upper bound needs the slack.
      observe(barMs - videoMs, barMs + stepMs + BAR_LAG_MS - videoMs);
    }
    return videoMs + delta();
  };

  return {
    now,
    toVideo: (ms) => ms - delta(),
  };
}
