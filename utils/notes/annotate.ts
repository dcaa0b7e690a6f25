import type { LanguageEngine, NoteMatcher, Span } from '../language/types';
import type { Category, Note } from './schema';

export interface NoteMark extends Span {
  note: Note;
}

export interface AnnotateOptions {
  /** Only these categories are shown; all when omitted. */
  categories?: ReadonlySet<Category>;
}

export interface Annotator {
  annotate(line: string, options?: AnnotateOptions): NoteMark[];
}

/**
 * Wraps an engine's raw pattern hits with what is the same for every language:
 * per-note line context, category filtering and overlap resolution.
 */
export function createAnnotator(
  engine: LanguageEngine,
  notes: readonly Note[],
  { naive = false }: { naive?: boolean } = {},
): Annotator {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const fold = (s: string) => engine.foldForContext(s);
  // Context strings are folded once here, the line once per annotate call and only if needed.
  const contexts = new Map(
    notes.flatMap((n) =>
      n.context
        ? [[n.id, { any: n.context.any?.map(fold), none: n.context.none?.map(fold) }] as const]
        : [],
    ),
  );
  const matcher: NoteMatcher = naive ? engine.compileNaive(notes) : engine.compile(notes);
  return {
    annotate(line, options = {}) {
      const marks: NoteMark[] = [];
      let folded: string | undefined;
      for (const hit of matcher.match(line)) {
        const note = byId.get(hit.noteId);
        if (!note) continue;
        if (options.categories && !options.categories.has(note.category)) continue;
        const context = contexts.get(note.id);
        if (context && !contextAllows(context, (folded ??= fold(line)))) continue;
        marks.push({ start: hit.start, end: hit.end, note });
      }
      return resolveOverlaps(marks);
    },
  };
}

interface FoldedContext {
  any?: string[];
  none?: string[];
}

function contextAllows({ any, none }: FoldedContext, line: string): boolean {
  if (any && !any.some((s) => line.includes(s))) return false;
  return !none?.some((s) => line.includes(s));
}

/**
 * Keeps the longest marks and drops any mark that overlaps a kept one, so "새해 복 많이
 * 받으세요" is one mark rather than that plus a nested "복". Ties go to the earlier start, then
 * to the note id, so output is deterministic. A note is marked once per line (its longest
 * occurrence): two forms of one expression in a line ("网红带货") explain the same thing.
 */
export function resolveOverlaps(marks: NoteMark[]): NoteMark[] {
  const ranked = [...marks].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      a.note.id.localeCompare(b.note.id),
  );
  const kept: NoteMark[] = [];
  const notes = new Set<string>();
  for (const m of ranked) {
    if (notes.has(m.note.id)) continue;
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) {
      kept.push(m);
      notes.add(m.note.id);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
