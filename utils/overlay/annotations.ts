import {
  ANNOTATE_BATCH,
  MAX_LINE,
  type LineMark,
  type NoteView,
  type ReplyOf,
  type RequestOf,
} from '../messaging/protocol';
import type { Category, Language } from '../notes/constants';

export type AnnotateRequest = (
  request: RequestOf<'lines.annotate'>,
) => Promise<ReplyOf<'lines.annotate'>>;

/** Lines remembered per language; a long episode plus rewinds stays well under it. */
const CACHE_LIMIT = 5000;
/** How long a line waits for its marks before it is shown without them (and marked later). */
export const LATE_MS = 400;

/**
 * The content side of annotation: lines go to the background (`lines.annotate`), in batches,
 * each text once; marks and the notes they refer to are kept by text. A whole track can be
 * sent up front; rendered captions are sent as they appear.
 *
 * A line whose marks take longer than `LATE_MS` counts as "late": `marksOf` then gives no
 * marks so it can be shown, and `onChange` fires again when its marks arrive.
 */
export class LineAnnotations {
  readonly notes = new Map<string, NoteView>();
  /** Size of the language's pack once the background has answered; null before. */
  packNotes: number | null = null;
  /** Set when the background could not annotate (no pack): lines show unmarked from then on. */
  failed = false;
  private readonly marks = new Map<string, LineMark[]>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly late = new Set<string>();

  constructor(
    readonly lang: Language,
    private readonly categories: readonly Category[] | undefined,
    private readonly send: AnnotateRequest,
    private readonly onChange: () => void,
  ) {}

  /** Marks of a line: known, none yet but late or failed (`[]`), or still awaited (undefined). */
  marksOf(text: string): readonly LineMark[] | undefined {
    const known = this.marks.get(text);
    if (known) return known;
    return this.failed || this.late.has(text) ? [] : undefined;
  }

  /** True once a line's real marks have arrived (not merely given up on). */
  has(text: string): boolean {
    return this.marks.has(text);
  }

  /**
   * Asks for the marks of every line not known or on its way, in batches; resolves when all
   * of `texts` are settled. Rejects only if the background failed (then `failed` is set).
   */
  request(texts: readonly string[]): Promise<void> {
    const waits: Promise<void>[] = [];
    const fresh: string[] = [];
    for (const text of new Set(texts)) {
      if (this.marks.has(text) || this.failed) continue;
      const pending = this.pending.get(text);
      if (pending) waits.push(pending);
      else fresh.push(text);
    }
    for (let i = 0; i < fresh.length; i += ANNOTATE_BATCH) {
      waits.push(this.sendBatch(fresh.slice(i, i + ANNOTATE_BATCH)));
    }
    return Promise.all(waits).then(() => undefined);
  }

  private sendBatch(batch: string[]): Promise<void> {
    const lateTimer = setTimeout(() => {
      let changed = false;
      for (const text of batch) {
        if (this.marks.has(text)) continue;
        this.late.add(text);
        changed = true;
      }
      if (changed) this.onChange();
    }, LATE_MS);
    const done = this.send({
      lang: this.lang,
      lines: batch.map((text) => text.slice(0, MAX_LINE)),
      ...(this.categories ? { categories: [...this.categories] } : {}),
    }).then(
      (reply) => {
        this.packNotes = reply.packNotes;
        for (const note of reply.notes) this.notes.set(note.id, note);
        batch.forEach((text, i) => this.remember(text, reply.marks[i] ?? []));
      },
      (error: unknown) => {
        this.failed = true;
        throw error;
      },
    );
    const settled = done.finally(() => {
      clearTimeout(lateTimer);
      for (const text of batch) {
        this.pending.delete(text);
        this.late.delete(text);
      }
      this.onChange();
    });
    for (const text of batch) this.pending.set(text, settled);
    return settled;
  }

  private remember(text: string, marks: LineMark[]): void {
    if (this.marks.size >= CACHE_LIMIT) {
      const oldest = this.marks.keys().next();
      if (!oldest.done) this.marks.delete(oldest.value);
    }
    this.marks.set(text, marks);
  }
}
