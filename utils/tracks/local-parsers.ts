import { dashTextTracks } from './dash';
import type { TrackParsers } from './parsers';
import { parseTrackText } from './parse-track';
import { mergeWebVttSegments } from './segments';

/**
 * The parsers run where they are called: Node (tests, CLI) and the background. A parser that
 * throws becomes a rejection, as it would arrive from the background.
 */
export const localTrackParsers: TrackParsers = {
  trackText: (body, format) => settle(() => parseTrackText(body, format)),
  segments: (bodies) => settle(() => mergeWebVttSegments(bodies)),
  dashTracks: (site, mpd, mpdUrl, videoId) =>
    settle(() => dashTextTracks(site, mpd, mpdUrl, videoId)),
};

function settle<T>(run: () => T): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
