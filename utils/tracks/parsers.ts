import type { TimedCue } from '../subtitles/cue';
import type { MergedSegments } from './segments';
import type { TrackFormat, TrackInfo, TrackSite } from './types';

/**
 * The steps of reading a track that need the subtitle parsers (and their entity tables). They
 * are passed in so the routing and loading code can run in a content script whose bundle has a
 * size budget: there they are messages to the background (utils/sites/background-parsers.ts);
 * in Node and in the background they are the parsers themselves (`localTrackParsers`).
 * Failures reject with a message fit to show a viewer.
 */
export interface TrackParsers {
  /** A track file's cues, sorted, repeats merged (see `parseTrackText`). */
  trackText(body: string, format: TrackFormat): Promise<TimedCue[]>;
  /** WebVTT segments in order, on one timeline (see `mergeWebVttSegments`). */
  segments(bodies: readonly string[]): Promise<MergedSegments>;
  /** Text tracks a DASH manifest lists (see `dashTextTracks`). */
  dashTracks(site: TrackSite, mpd: string, mpdUrl: string, videoId: string): Promise<TrackInfo[]>;
}
