import type { Category } from '../notes/constants';
import type { LineMark, NoteView } from '../messaging/protocol';

/** A line of the episode, in play order, as the guide reads it. */
export interface GuideLine {
  text: string;
  /** When the line starts, on the source's clock; absent when unknown (untimed sources). */
  startMs?: number;
}

/** One note of the episode, listed at its first appearance. */
export interface GuideEntry {
  noteId: string;
  headword: string;
  category: Category;
  /** The words as said in the line, and the line itself. */
  surface: string;
  line: string;
  startMs: number | null;
  /** How often the note comes up among the listed lines. */
  count: number;
}

export interface Guide {
  entries: GuideEntry[];
  /** Notes that only come later than `reachedMs` (left out while spoiler-safe). */
  later: number;
  /** False while some lines are still being marked: the list may grow. */
  complete: boolean;
}

/**
 * The episode's notes in order of first appearance. Spoiler-safe (`reachedMs` given): only
 * lines starting at or before the furthest point the viewer has reached; `null` lists all.
 */
export function buildGuide(
  lines: readonly GuideLine[],
  marksOf: (text: string) => readonly LineMark[] | undefined,
  notes: ReadonlyMap<string, NoteView>,
  reachedMs: number | null,
): Guide {
  const entries = new Map<string, GuideEntry>();
  const laterIds = new Set<string>();
  let complete = true;
  for (const line of lines) {
    const marks = marksOf(line.text);
    if (!marks) {
      complete = false;
      continue;
    }
    const shown = reachedMs === null || (line.startMs ?? 0) <= reachedMs;
    for (const mark of marks) {
      const note = notes.get(mark.noteId);
      if (!note) continue;
      if (!shown) {
        laterIds.add(note.id);
        continue;
      }
      const known = entries.get(note.id);
      if (known) {
        known.count++;
        continue;
      }
      entries.set(note.id, {
        noteId: note.id,
        headword: note.headword,
        category: note.category,
        surface: line.text.slice(mark.start, mark.end),
        line: line.text,
        startMs: line.startMs ?? null,
        count: 1,
      });
    }
  }
  let later = 0;
  for (const id of laterIds) if (!entries.has(id)) later++;
  return { entries: [...entries.values()], later, complete };
}

/** `83500` → `1:23`, `3723000` → `1:02:03`. */
export function clockTime(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
