import type { ReplyOf, RequestOf } from '../../utils/messaging/protocol';
import { readSubtitleFile } from '../../utils/overlay/subtitle-file';
import { dashTextTracks } from '../../utils/tracks/dash';
import { parseTrackText } from '../../utils/tracks/parse-track';
import { mergeWebVttSegments } from '../../utils/tracks/segments';

/**
 * The subtitle parsers, run for the content scripts (whose bundles leave them out for size).
 * A refusal throws with the parser's own message, which reaches the page as the reply's error.
 */
export function parseSubtitleRequest({
  text,
  filename,
  format,
  encoding,
}: RequestOf<'subtitles.parse'>): ReplyOf<'subtitles.parse'> {
  if (format) return { cues: parseTrackText(text, format), langTag: null };
  const file = readSubtitleFile({ text, encoding: encoding ?? 'utf-8' }, filename ?? 'subtitles');
  return { cues: file.cues, langTag: file.langTag };
}

export function mergeSegmentsRequest({
  bodies,
}: RequestOf<'tracks.segments'>): ReplyOf<'tracks.segments'> {
  return mergeWebVttSegments(bodies);
}

export function dashTracksRequest({
  site,
  mpd,
  url,
  videoId,
}: RequestOf<'tracks.dash'>): ReplyOf<'tracks.dash'> {
  return { tracks: dashTextTracks(site, mpd, url, videoId) };
}
