/** Further than any real subtitle drift; a larger value is a mistake, not a correction. */
export const MAX_OFFSET_MS = 10 * 60_000;

/**
 * Where offsets are kept: any key-value store (extension storage, a Map in tests). Values read
 * back are untrusted, so anything but a finite number counts as no offset.
 */
export interface OffsetStorage {
  /** The stored value, or a promise of it. */
  get(key: string): unknown;
  /** `undefined` removes the key. */
  set(key: string, value: number | undefined): Promise<void> | void;
}

export interface TimingOffset {
  /** For every video of the site (a site whose tracks run consistently early or late). */
  siteMs: number;
  /** For this video alone, on top of the site's. */
  videoMs: number;
  /** What to add to cue times: site + video. */
  totalMs: number;
}

export interface OffsetStore {
  get(site: string, videoId: string): Promise<TimingOffset>;
  setSite(site: string, offsetMs: number): Promise<void>;
  setVideo(site: string, videoId: string, offsetMs: number): Promise<void>;
  /** Adds `deltaMs` to this video's offset (a keyboard nudge) and returns the new total. */
  nudgeVideo(site: string, videoId: string, deltaMs: number): Promise<TimingOffset>;
}

const siteKey = (site: string) => `timing-offset:${site}`;
const videoKey = (site: string, videoId: string) => `timing-offset:${site}:${videoId}`;

function clampOffset(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.round(Math.min(MAX_OFFSET_MS, Math.max(-MAX_OFFSET_MS, value)));
}

/**
 * Per-site and per-video timing offsets over a get/set pair. A zero offset is stored as no
 * entry, so videos the viewer never adjusted leave nothing behind.
 */
export function createOffsetStore(storage: OffsetStorage): OffsetStore {
  const write = async (key: string, offsetMs: number) => {
    const value = clampOffset(offsetMs);
    await storage.set(key, value === 0 ? undefined : value);
  };
  const get = async (site: string, videoId: string): Promise<TimingOffset> => {
    const siteMs = clampOffset(await storage.get(siteKey(site)));
    const videoMs = clampOffset(await storage.get(videoKey(site, videoId)));
    return { siteMs, videoMs, totalMs: siteMs + videoMs };
  };
  return {
    get,
    setSite: (site, offsetMs) => write(siteKey(site), offsetMs),
    setVideo: (site, videoId, offsetMs) => write(videoKey(site, videoId), offsetMs),
    async nudgeVideo(site, videoId, deltaMs) {
      const current = await get(site, videoId);
      await write(videoKey(site, videoId), current.videoMs + deltaMs);
      return get(site, videoId);
    },
  };
}
