import { hlsMediaSegments, isHlsMaster } from './hls';
import type { TrackParsers } from './parsers';
import type { FetchText, TrackCues, TrackInfo } from './types';

/** Segment downloads in flight at once: enough to load an episode in seconds, polite to the CDN. */
const CONCURRENCY = 4;

export interface LoadOptions {
  /** Where the files become cues (see TrackParsers). */
  parsers: TrackParsers;
  /** Stops loading (between requests) when aborted; the promise rejects with the reason. */
  signal?: AbortSignal;
}

/**
 * Loads a track's cues with the caller's `fetchText`: one file (trying `fallbackUrls` in turn
 * when a server fails), or every WebVTT segment of an HLS media playlist or a segment list,
 * merged. A segment that fails to download or parse is left out and counted in
 * `missingSegments`; the load fails only when nothing could be read. Rejects with the fetch's
 * error or the parser's.
 */
export async function loadTrack(
  track: TrackInfo,
  fetchText: FetchText,
  { parsers, signal }: LoadOptions,
): Promise<TrackCues> {
  if (track.delivery === 'hls-playlist' || track.delivery === 'segments') {
    const urls =
      track.delivery === 'segments'
        ? (track.segmentUrls ?? [])
        : await playlistSegments(track.url, fetchText, signal);
    return loadSegments(track, urls, fetchText, parsers, signal);
  }
  let lastError: unknown = new Error(`The track “${track.label}” has no address to load`);
  for (const url of [track.url, ...(track.fallbackUrls ?? [])].filter(Boolean)) {
    signal?.throwIfAborted();
    try {
      return { track, cues: await parsers.trackText(await fetchText(url), track.format) };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function playlistSegments(
  url: string,
  fetchText: FetchText,
  signal: AbortSignal | undefined,
): Promise<string[]> {
  signal?.throwIfAborted();
  const playlist = await fetchText(url);
  if (isHlsMaster(playlist)) {
    throw new Error('Expected a subtitle media playlist but got a master playlist');
  }
  return hlsMediaSegments(playlist, url).map((s) => s.url);
}

async function loadSegments(
  track: TrackInfo,
  urls: readonly string[],
  fetchText: FetchText,
  parsers: TrackParsers,
  signal: AbortSignal | undefined,
): Promise<TrackCues> {
  if (urls.length === 0) throw new Error(`The track “${track.label}” lists no segments`);
  const bodies: (string | null)[] = new Array<string | null>(urls.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      signal?.throwIfAborted();
      try {
        bodies[i] = await fetchText(urls[i]!);
      } catch {
        // One lost segment costs a few lines; the rest of the episode is still worth showing.
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, urls.length) }, worker));
  signal?.throwIfAborted();
  const fetched = bodies.filter((b): b is string => b !== null);
  const { cues, skipped } = await parsers.segments(fetched);
  signal?.throwIfAborted();
  const missingSegments = urls.length - fetched.length + skipped;
  if (missingSegments === urls.length) {
    throw new Error(`None of the ${urls.length} segments of “${track.label}” could be read`);
  }
  const loaded: TrackCues = { track, cues };
  if (missingSegments > 0) loaded.missingSegments = missingSegments;
  return loaded;
}
