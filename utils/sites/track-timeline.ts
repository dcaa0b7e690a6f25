import type { TimedCue } from '../subtitles/cue';
import { countStartedBy, cueIndexesAt } from '../tracks/clock';
import { mergeRepeatedCues } from '../tracks/cue-list';
import type { ShownCue } from './types';

/**
 * A whole subtitle track, sorted and cleaned, that answers "what is on screen at this time"
 * and "what came before and after". Every full-track source (TextTrack, a loaded file, a track
 * read from the site) goes through it, so they all dedupe and order the same way. The timing
 * logic itself lives in utils/tracks (pure, shared with the main-world readers): repeats are
 * merged by `mergeRepeatedCues`, lookups are `cueIndexesAt`'s binary search.
 */
export class TrackTimeline {
  readonly cues: readonly TimedCue[];

  constructor(cues: readonly TimedCue[]) {
    this.cues = mergeRepeatedCues(cues);
  }

  /** Indexes of the cues showing at `ms` (start inclusive, end exclusive), in track order. */
  activeAt(ms: number): number[] {
    return cueIndexesAt(this.cues, ms);
  }

  /** The index of a cue with this timing and text (±2 ms for rounding), or -1. */
  indexOf(startMs: number, endMs: number, text: string): number {
    // Cues are sorted by start: walk back from the last one starting by startMs + 2.
    for (let i = countStartedBy(this.cues, startMs + 2) - 1; i >= 0; i--) {
      const c = this.cues[i]!;
      if (c.startMs <= startMs - 2) break;
      if (Math.abs(c.endMs - endMs) < 2 && c.text === text) return i;
    }
    return -1;
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
    if (cue.speaker) shown.speaker = cue.speaker;
    if (cue.styles) shown.styles = cue.styles;
    if (cue.position) shown.position = cue.position;
    if (cue.ruby) shown.ruby = cue.ruby;
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
