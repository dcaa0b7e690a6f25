import type { TimedCue } from '../subtitles/cue';

/**
 * Sorts cues by start (stable: simultaneous cues keep their order) and merges repeats: a cue
 * whose text equals one still showing, or one that ended at most `toleranceMs` before, is the
 * same line. Segmented WebVTT repeats a line in every segment it spans (cut at the boundary, or
 * whole), and some tracks restate a line after a position change. Empty and zero-length cues
 * are dropped: they never show. The input is not modified.
 */
export function mergeRepeatedCues(cues: readonly TimedCue[], toleranceMs = 40): TimedCue[] {
  const sorted = cues
    .filter((c) => c.text.trim() !== '' && c.endMs > c.startMs)
    .map((cue, order) => ({ cue, order }))
    .sort((a, b) => a.cue.startMs - b.cue.startMs || a.order - b.order);
  const out: TimedCue[] = [];
  let longest = 0;
  for (const { cue } of sorted) {
    let twin: TimedCue | undefined;
    // Output is sorted by start, so only cues starting within the longest duration (plus the
    // tolerance) can still be showing; the walk back stops there.
    for (let i = out.length - 1; i >= 0; i--) {
      const other = out[i]!;
      if (other.startMs < cue.startMs - longest - toleranceMs) break;
      if (other.text === cue.text && cue.startMs <= other.endMs + toleranceMs) {
        twin = other;
        break;
      }
    }
    if (twin) {
      twin.endMs = Math.max(twin.endMs, cue.endMs);
      longest = Math.max(longest, twin.endMs - twin.startMs);
      continue;
    }
    out.push({ ...cue });
    longest = Math.max(longest, cue.endMs - cue.startMs);
  }
  return out;
}
