import type { TimedCue } from '../subtitles/cue';
import type { ShownCue } from './types';

/**
 * A whole subtitle track, sorted and cleaned, that answers "what is on screen at this time"
 * and "what came before and after". Used by every full-track source (TextTrack, a loaded
 * file, later intercepted site tracks) so they all dedupe and order the same way.
 */
export class TrackTimeline {
  readonly cues: readonly TimedCue[];
  private readonly longestMs: number;

  constructor(cues: readonly TimedCue[]) {
    this.cues = cleanTrack(cues);
    this.longestMs = this.cues.reduce((max, c) => Math.max(max, c.endMs - c.startMs), 0);
  }

  /** Indexes of the cues showing at `ms` (start inclusive, end exclusive), in track order. */
  activeAt(ms: number): number[] {
    // Binary search for the last cue starting at or before `ms`, then walk back only as far
    // as the longest cue could reach: overlapping cues stay correct without a full scan.
    let lo = 0;
    let hi = this.cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cues[mid]!.startMs <= ms) lo = mid + 1;
      else hi = mid;
    }
    const active: number[] = [];
    for (let i = lo - 1; i >= 0; i--) {
      const cue = this.cues[i]!;
      if (cue.startMs < ms - this.longestMs) break;
      if (ms < cue.endMs) active.push(i);
    }
    return active.reverse();
  }

  /** The index of a cue with exactly this timing and text, or -1. */
  indexOf(startMs: number, endMs: number, text: string): number {
    return this.cues.findIndex(
      (c) => Math.abs(c.startMs - startMs) < 2 && Math.abs(c.endMs - endMs) < 2 && c.text === text,
    );
  }

  /** The cue at `index` with its previous and next lines (skipping repeats of its own text). */
  shown(index: number): ShownCue {
    const cue = this.cues[index];
    if (!cue) throw new RangeError(`No cue ${index}`);
    const shown: ShownCue = {
      key: `t${index}`,
      text: cue.text,
      startMs: cue.startMs,
      endMs: cue.endMs,
    };
    const prev = this.neighbour(index, -1);
    const next = this.neighbour(index, 1);
    if (prev !== undefined) shown.prev = prev;
    if (next !== undefined) shown.next = next;
    return shown;
  }

  private neighbour(index: number, step: 1 | -1): string | undefined {
    const text = this.cues[index]!.text;
    for (let i = index + step; i >= 0 && i < this.cues.length; i += step) {
      if (this.cues[i]!.text !== text) return this.cues[i]!.text;
    }
    return undefined;
  }
}

/**
 * Sorts by start (stable, so simultaneous cues keep file order), drops empty and zero-length
 * cues and exact duplicates, and joins a cue split across two segments (same text, the second
 * starting where the first ends) — segmented WebVTT delivery repeats cues at segment edges.
 */
export function cleanTrack(cues: readonly TimedCue[]): TimedCue[] {
  const sorted = cues
    .filter((c) => c.text.trim() && c.endMs > c.startMs)
    .map((c, order) => ({ c, order }))
    .sort((a, b) => a.c.startMs - b.c.startMs || a.order - b.order)
    .map(({ c }) => ({ ...c }));
  const out: TimedCue[] = [];
  for (const cue of sorted) {
    const twin = out.find(
      (o) => o.text === cue.text && cue.startMs >= o.startMs && cue.startMs <= o.endMs,
    );
    if (twin) {
      twin.endMs = Math.max(twin.endMs, cue.endMs);
      continue;
    }
    out.push(cue);
  }
  return out;
}
