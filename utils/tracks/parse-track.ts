import type { TimedCue } from '../subtitles/cue';
import { SubtitleParseError, parseSubtitles } from '../subtitles';
import { mergeRepeatedCues } from './cue-list';
import { filenameFor } from './format';
import type { TrackFormat } from './types';

/**
 * A track file's cues through the shared subtitle parsers (the format only hints: content
 * decides), sorted with repeats merged. An empty body gets its own message: YouTube answers a
 * caption request that lacks its token with 200 and nothing, and other sites do the same for
 * expired links. Throws SubtitleParseError.
 */
export function parseTrackText(body: string, format: TrackFormat): TimedCue[] {
  if (body.trim() === '') {
    throw new SubtitleParseError(
      'invalid',
      'The site sent an empty subtitle track (an expired or unsigned request)',
    );
  }
  return mergeRepeatedCues(parseSubtitles(body, { filename: filenameFor(format) }).cues);
}
