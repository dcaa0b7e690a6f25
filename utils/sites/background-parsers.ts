import { send } from '../messaging/client';
import type { TrackParsers } from '../tracks/parsers';

/**
 * The track parsers of a content script: the background runs them (`subtitles.parse`,
 * `tracks.segments`, `tracks.dash`), so the subtitle parsers and their entity tables stay out
 * of the content scripts' bundles. Failures reject with the parser's message.
 */
export const backgroundTrackParsers: TrackParsers = {
  trackText: async (text, format) => (await send('subtitles.parse', { text, format })).cues,
  segments: (bodies) => send('tracks.segments', { bodies: [...bodies] }),
  dashTracks: async (site, mpd, url, videoId) =>
    (await send('tracks.dash', { site, mpd, url, videoId })).tracks,
};
