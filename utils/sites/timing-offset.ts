import type { OffsetStore, TimingOffset } from '../tracks/offset-store';
import type { OffsetControl } from './timed-track-source';

/**
 * The viewer's timing correction for the page: the site's offset plus this video's, kept in an
 * OffsetStore (per site and per video, remembered). Full-track sources (a site's track, a
 * loaded file) take it as their OffsetControl; rendered captions are on the site's own timing
 * and cannot be moved.
 */
export interface TimingOffsets extends OffsetControl {
  readonly current: TimingOffset;
  /** The video changed (or became known): reads its stored offset. */
  setVideo(videoId: string | null): Promise<TimingOffset>;
  /** Adds `deltaMs` to this video's offset (to the site's when the video has no id). */
  nudge(deltaMs: number): Promise<TimingOffset>;
  /** Back to the site's offset for this video. */
  reset(): Promise<TimingOffset>;
}

const ZERO: TimingOffset = { siteMs: 0, videoMs: 0, totalMs: 0 };

export function createTimingOffsets(site: string, store: OffsetStore): TimingOffsets {
  let videoId: string | null = null;
  let current = ZERO;
  const listeners = new Set<() => void>();
  const update = (next: TimingOffset) => {
    const changed = next.totalMs !== current.totalMs;
    current = next;
    if (changed) for (const listener of listeners) listener();
    return next;
  };
  const read = async () =>
    videoId === null ? { ...(await store.get(site, '')), videoMs: 0 } : store.get(site, videoId);
  const normalise = (o: TimingOffset): TimingOffset => ({ ...o, totalMs: o.siteMs + o.videoMs });

  return {
    get current() {
      return current;
    },
    offsetMs: () => current.totalMs,
    onChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async setVideo(id) {
      videoId = id;
      return update(normalise(await read()));
    },
    async nudge(deltaMs) {
      if (videoId === null) {
        await store.setSite(site, current.siteMs + deltaMs);
        return update(normalise(await read()));
      }
      return update(await store.nudgeVideo(site, videoId, deltaMs));
    },
    async reset() {
      if (videoId === null) await store.setSite(site, 0);
      else await store.setVideo(site, videoId, 0);
      return update(normalise(await read()));
    },
  };
}

/** Small and large steps of the timing keys. */
export const OFFSET_STEP_MS = 100;
export const OFFSET_BIG_STEP_MS = 1000;

/**
 * The timing keys: `[` shows lines earlier, `]` later (Shift: a whole second), `\` resets this
 * video's offset. By physical key (`code`), so they sit in the same place on every layout.
 * Returns the change, 'reset', or null for any other key.
 */
export function offsetKeyAction(
  event: Pick<KeyboardEvent, 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): number | 'reset' | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const step = event.shiftKey ? OFFSET_BIG_STEP_MS : OFFSET_STEP_MS;
  switch (event.code) {
    case 'BracketLeft':
      return -step;
    case 'BracketRight':
      return step;
    case 'Backslash':
      return 'reset';
    default:
      return null;
  }
}

/** "+0.3 s", "−1.2 s", "0 s": how the overlay can show an offset. */
export function formatOffset(ms: number): string {
  if (ms === 0) return '0 s';
  const seconds = Math.abs(ms) / 1000;
  return `${ms > 0 ? '+' : '−'}${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
}
