import type { TimedCue } from '../subtitles/cue';
import { SubtitleParseError } from '../subtitles/errors';
import { parseVtt } from '../subtitles/vtt';
import { collectVttTimestamp } from '../subtitles/vtt-timestamp';
import { mergeRepeatedCues } from './cue-list';

/** MPEG-TS presentation timestamps count at 90 kHz. */
const MPEGTS_PER_MS = 90;

/** A segment's `X-TIMESTAMP-MAP`: cue time `localMs` is presentation time `mpegts`. */
export interface TimestampMap {
  mpegts: number;
  localMs: number;
}

/**
 * The `X-TIMESTAMP-MAP=MPEGTS:<ticks>,LOCAL:<time>` header of an HLS WebVTT segment (RFC 8216
 * §3.5), or null when the segment has none or it is malformed. Only the header (up to the first
 * blank line) is searched, so a cue's text cannot pose as one.
 */
export function readTimestampMap(segment: string): TimestampMap | null {
  const header = segment.replace(/\r\n?/g, '\n').split('\n\n', 1)[0]!;
  const line = /^X-TIMESTAMP-MAP=(.*)$/m.exec(header)?.[1];
  if (!line) return null;
  const mpegts = /(?:^|,)\s*MPEGTS:(\d+)/.exec(line)?.[1];
  const local = /(?:^|,)\s*LOCAL:([\d:.]+)/.exec(line)?.[1];
  const localTime = local ? collectVttTimestamp(local, 0) : null;
  if (mpegts === undefined || !localTime) return null;
  return { mpegts: Number(mpegts), localMs: localTime.ms };
}

export interface MergedSegments {
  cues: TimedCue[];
  /** Segments that could not be read as WebVTT and were left out. */
  skipped: number;
}

export interface MergeOptions {
  /**
   * The presentation time (90 kHz) that is content time zero, when the player knows it. By
   * default the smallest MPEGTS among the segments: packagers map every segment to the same
   * origin (cue times already on the content timeline) or count each from the first.
   */
  mpegtsBase?: number;
}

/**
 * Cues of a segmented WebVTT track (HLS or DASH), segments given in order. Each segment's cues
 * move to the content timeline by its X-TIMESTAMP-MAP: `(MPEGTS − base) / 90 − LOCAL`. A line
 * spanning a segment boundary arrives once per segment, cut or whole; the copies are merged. A
 * segment that is not WebVTT (an error page, a truncated download) is skipped, not fatal.
 */
export function mergeWebVttSegments(
  segments: readonly string[],
  { mpegtsBase }: MergeOptions = {},
): MergedSegments {
  const maps = segments.map(readTimestampMap);
  const base =
    mpegtsBase ??
    maps.reduce<number | undefined>(
      (min, map) => (map && (min === undefined || map.mpegts < min) ? map.mpegts : min),
      undefined,
    ) ??
    0;
  const all: TimedCue[] = [];
  let skipped = 0;
  segments.forEach((segment, i) => {
    let cues: TimedCue[];
    try {
      cues = parseVtt(segment);
    } catch (error) {
      if (!(error instanceof SubtitleParseError)) throw error;
      skipped++;
      return;
    }
    const map = maps[i];
    const shift = map ? Math.round((map.mpegts - base) / MPEGTS_PER_MS) - map.localMs : 0;
    for (const cue of cues) {
      all.push({ ...cue, startMs: cue.startMs + shift, endMs: cue.endMs + shift });
    }
  });
  return { cues: mergeRepeatedCues(all), skipped };
}
