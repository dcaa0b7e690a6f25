import type { TimedCue } from '../subtitles/cue';
import { countStartedBy, cueIndexesAt, nextCueIndex, previousCueIndex } from '../tracks/clock';

/** Moves between the lines of a whole track. */
export type Step = 'previous' | 'next' | 'replay';

/**
 * The track time to seek to for a step taken at `nowMs`, or null when there is no such line.
 * `track` is sorted by start (as sources hand it over). Replay starts the line on screen again,
 * or, between lines, the one that just ended.
 */
export function stepTarget(track: readonly TimedCue[], nowMs: number, step: Step): number | null {
  let index: number;
  switch (step) {
    case 'next':
      index = nextCueIndex(track, nowMs);
      break;
    case 'previous':
      index = previousCueIndex(track, nowMs);
      break;
    case 'replay':
      index = cueIndexesAt(track, nowMs)[0] ?? countStartedBy(track, nowMs) - 1;
      break;
  }
  return index >= 0 ? track[index]!.startMs : null;
}

/**
 * Seeking lands exactly on a line's start, which is inside the line (start inclusive); a video
 * element can round `currentTime` a hair below it, so seeks aim this far in.
 */
export const SEEK_INTO_MS = 20;

/** A line that auto-pause watches: its key and when it ends, in video time. */
export interface EndingLine {
  key: string;
  endVideoMs: number;
}

/**
 * Pausing just before a line ends keeps it on screen while paused (a pause after the end would
 * pause on an empty screen). A frame is 16-42 ms, so the check runs several times in this span.
 */
export const PAUSE_LEAD_MS = 150;

/**
 * The line to pause at now, or null: a line on screen that ends within `PAUSE_LEAD_MS` of
 * `nowVideoMs` and was not paused at already (so pressing play again lets it finish).
 */
export function lineToPauseAt(
  lines: readonly EndingLine[],
  nowVideoMs: number,
  pausedAt: string | null,
): string | null {
  for (const line of lines) {
    if (line.key === pausedAt) continue;
    const left = line.endVideoMs - nowVideoMs;
    if (left > 0 && left <= PAUSE_LEAD_MS) return line.key;
  }
  return null;
}
