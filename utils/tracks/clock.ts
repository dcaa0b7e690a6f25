import type { TimedCue } from '../subtitles/cue';

/** Longest cue per track, computed once: tracks are treated as immutable once loaded. */
const longestCue = new WeakMap<readonly TimedCue[], number>();

function longestOf(cues: readonly TimedCue[]): number {
  let longest = longestCue.get(cues);
  if (longest === undefined) {
    longest = cues.reduce((max, c) => Math.max(max, c.endMs - c.startMs), 0);
    longestCue.set(cues, longest);
  }
  return longest;
}

/** The number of cues starting at or before `timeMs` (cues sorted by start): a binary search. */
export function countStartedBy(cues: readonly TimedCue[], timeMs: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.startMs <= timeMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indexes of the cues showing at `timeMs` (start inclusive, end exclusive), in track order.
 * `cues` must be sorted by start (as `loadTrack` returns them). Overlapping cues (two speakers,
 * a sign over dialogue) are all returned: a binary search finds the last cue started, then the
 * walk back goes only as far as the longest cue could reach.
 */
export function cueIndexesAt(cues: readonly TimedCue[], timeMs: number): number[] {
  const longest = longestOf(cues);
  const active: number[] = [];
  for (let i = countStartedBy(cues, timeMs) - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (cue.startMs < timeMs - longest) break;
    if (timeMs < cue.endMs) active.push(i);
  }
  return active.reverse();
}

/** The cues showing at `timeMs`, in track order (see `cueIndexesAt`). */
export function cueAt(cues: readonly TimedCue[], timeMs: number): TimedCue[] {
  return cueIndexesAt(cues, timeMs).map((i) => cues[i]!);
}

/** The first cue starting after `timeMs`, for "next line"; -1 at the end. */
export function nextCueIndex(cues: readonly TimedCue[], timeMs: number): number {
  const i = countStartedBy(cues, timeMs);
  return i < cues.length ? i : -1;
}

/**
 * The line before the current one, for "previous line": the last cue starting before the
 * earliest cue showing at `timeMs`, or, between lines, before `timeMs`. -1 when there is none.
 */
export function previousCueIndex(cues: readonly TimedCue[], timeMs: number): number {
  const showing = cueIndexesAt(cues, timeMs)[0];
  const before = showing === undefined ? timeMs : cues[showing]!.startMs;
  let i = countStartedBy(cues, before) - 1;
  while (i >= 0 && cues[i]!.startMs >= before) i--;
  return i;
}

/**
 * Cues moved by `offsetMs` (positive: later). A cue pushed entirely before zero is dropped, one
 * pushed partly before zero starts at zero. The input is not modified.
 */
export function offsetCues(cues: readonly TimedCue[], offsetMs: number): TimedCue[] {
  if (offsetMs === 0) return cues.map((c) => ({ ...c }));
  return cues.flatMap((cue) => {
    const endMs = cue.endMs + offsetMs;
    if (endMs <= 0) return [];
    return [{ ...cue, startMs: Math.max(0, cue.startMs + offsetMs), endMs }];
  });
}

/** An ad the player inserts at content time `atMs`, lasting `durationMs`. */
export interface AdBreak {
  atMs: number;
  durationMs: number;
}

function sortedBreaks(breaks: readonly AdBreak[]): AdBreak[] {
  return breaks
    .filter((b) => Number.isFinite(b.atMs) && Number.isFinite(b.durationMs) && b.durationMs > 0)
    .sort((a, b) => a.atMs - b.atMs);
}

/** Where content time `contentMs` plays on the player's clock, ads included. */
export function contentToPlayerTime(contentMs: number, breaks: readonly AdBreak[]): number {
  let shift = 0;
  for (const b of sortedBreaks(breaks)) {
    if (b.atMs <= contentMs) shift += b.durationMs;
  }
  return contentMs + shift;
}

/**
 * The content time at player time `playerMs`, or null while an ad plays (no line belongs on
 * screen then).
 */
export function playerToContentTime(playerMs: number, breaks: readonly AdBreak[]): number | null {
  let shift = 0;
  for (const b of sortedBreaks(breaks)) {
    const adStart = b.atMs + shift;
    if (playerMs < adStart) break;
    if (playerMs < adStart + b.durationMs) return null;
    shift += b.durationMs;
  }
  return playerMs - shift;
}

/**
 * A track timed on content time moved onto a player clock that includes ads (ad tiers: the
 * player's time runs on through each break, the track's does not). A cue that straddles a break
 * ends where the ad starts.
 */
export function shiftCuesForAdBreaks(
  cues: readonly TimedCue[],
  breaks: readonly AdBreak[],
): TimedCue[] {
  const sorted = sortedBreaks(breaks);
  return cues.map((cue) => {
    const startMs = contentToPlayerTime(cue.startMs, sorted);
    let endMs = cue.endMs + (startMs - cue.startMs);
    const straddled = sorted.find((b) => b.atMs > cue.startMs && b.atMs < cue.endMs);
    if (straddled) endMs = contentToPlayerTime(straddled.atMs, sorted) - straddled.durationMs;
    return { ...cue, startMs, endMs };
  });
}
