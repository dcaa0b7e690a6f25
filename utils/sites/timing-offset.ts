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
  // Each change reads the stored offset and writes it back: run them one after another, or
  // keys pressed in quick succession would each add to the same old value.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(change: () => Promise<T>): Promise<T> => {
    const run = queue.then(change);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    get current() {
      return current;
    },
    offsetMs: () => current.totalMs,
    onChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    setVideo: (id) =>
      inTurn(async () => {
        videoId = id;
        return update(normalise(await read()));
      }),
    nudge: (deltaMs) =>
      inTurn(async () => {
        if (videoId === null) {
          await store.setSite(site, (await read()).siteMs + deltaMs);
          return update(normalise(await read()));
        }
        return update(await store.nudgeVideo(site, videoId, deltaMs));
      }),
    reset: () =>
      inTurn(async () => {
        if (videoId === null) await store.setSite(site, 0);
        else await store.setVideo(site, videoId, 0);
        return update(normalise(await read()));
      }),
  };
}
