import type { ShownCue } from './types';

interface Seen {
  key: string;
  text: string;
  startMs: number;
  endMs?: number;
}

/**
 * Turns what a player renders into a stream of distinct cues. Rendered captions carry no
 * timing and no neighbours, and players redraw them freely (YouTube re-creates its caption
 * window per cue and again on every resize), so this keeps its own timeline of lines seen,
 * ordered by media time:
 * - the same text redrawn is not a new cue;
 * - text that disappears and comes back within `mergeGapMs` of where it was seen (a redraw
 *   flicker, or the viewer seeking back over it) is the same cue, so history has no duplicates;
 * - text that grows at its end (auto-generated captions arrive word by word) updates the
 *   current cue instead of leaving half-lines in history;
 * - previous and next lines are the neighbours in media time, so after seeking back the next
 *   line is known too.
 */
export class RenderedCueTracker {
  private seen: Seen[] = [];
  private current: Seen | null = null;
  private counter = 0;

  constructor(private readonly mergeGapMs = 1500) {}

  /** Number of distinct lines seen. */
  get lines(): number {
    return this.seen.length;
  }

  /** A few distinct lines, for guessing the language. */
  sample(count = 5): string[] {
    return this.seen.slice(0, count).map((s) => s.text);
  }

  /** Forget everything: a new video started. */
  reset(): void {
    this.seen = [];
    this.current = null;
  }

  /**
   * Reports the rendered text at media time `nowMs`. Returns the cues to show when that
   * changed, or null when the screen is unchanged.
   */
  observe(rendered: string, nowMs: number): ShownCue[] | null {
    const text = normalizeRendered(rendered);
    const current = this.current;
    if (!text) {
      if (!current) return null;
      current.endMs = Math.max(current.endMs ?? nowMs, nowMs);
      this.current = null;
      return [];
    }
    if (current?.text === text) return null;
    if (current && text.startsWith(current.text) && nowMs >= current.startMs) {
      current.text = text;
      return [this.toShown(current)];
    }
    if (current) current.endMs = Math.max(current.endMs ?? nowMs, nowMs);
    const entry = this.find(text, nowMs) ?? this.add(text, nowMs);
    entry.endMs = undefined;
    this.current = entry;
    return [this.toShown(entry)];
  }

  private find(text: string, nowMs: number): Seen | undefined {
    return this.seen.find(
      (s) =>
        s.text === text &&
        nowMs >= s.startMs - this.mergeGapMs &&
        nowMs <= (s.endMs ?? s.startMs) + this.mergeGapMs,
    );
  }

  private add(text: string, nowMs: number): Seen {
    const entry: Seen = { key: `r${this.counter++}`, text, startMs: nowMs };
    let at = this.seen.length;
    while (at > 0 && this.seen[at - 1]!.startMs > nowMs) at--;
    this.seen.splice(at, 0, entry);
    return entry;
  }

  private toShown(entry: Seen): ShownCue {
    const at = this.seen.indexOf(entry);
    const shown: ShownCue = { key: entry.key, text: entry.text, startMs: entry.startMs };
    if (entry.endMs !== undefined) shown.endMs = entry.endMs;
    const prev = this.seen[at - 1];
    const next = this.seen[at + 1];
    if (prev) shown.prev = prev.text;
    if (next) shown.next = next.text;
    return shown;
  }
}

/**
 * Rendered text as a line: no-break spaces (YouTube pads segments with them) become spaces,
 * runs of spaces collapse, each visual line is trimmed and empty lines dropped.
 */
export function normalizeRendered(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
