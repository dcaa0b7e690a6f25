import {
  MAX_LINE,
  READINGS_BATCH,
  type ReplyOf,
  type RequestOf,
  type Ruby,
} from '../messaging/protocol';
import type { Language } from '../notes/constants';

export type ReadingsRequest = (
  request: RequestOf<'lines.readings'>,
) => Promise<ReplyOf<'lines.readings'>>;

const CACHE_LIMIT = 2000;
/** How soon lines whose answer was incomplete are asked about again (the page may be paused). */
const RETRY_MS = 3000;
const NONE: readonly Ruby[] = [];

/**
 * Readings (pinyin, furigana) for the lines on screen, asked of the background a few lines at a
 * time and kept by text. Lines show without them until they come. An incomplete answer (the
 * Japanese dictionary still installing) is not kept: `onChange` fires again a little later, so
 * the lines on screen then are asked about again.
 */
export class LineReadings {
  private readonly known = new Map<string, readonly Ruby[]>();
  private readonly pending = new Set<string>();
  private retry: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly lang: Language,
    private readonly send: ReadingsRequest,
    private readonly onChange: () => void,
  ) {}

  of(text: string): readonly Ruby[] {
    return this.known.get(text) ?? NONE;
  }

  request(texts: readonly string[]): void {
    const fresh = [...new Set(texts)].filter((t) => !this.known.has(t) && !this.pending.has(t));
    for (let i = 0; i < fresh.length; i += READINGS_BATCH) {
      const batch = fresh.slice(i, i + READINGS_BATCH);
      for (const text of batch) this.pending.add(text);
      this.send({ lang: this.lang, lines: batch.map((t) => t.slice(0, MAX_LINE)) })
        .then(
          ({ readings, complete }) => {
            if (!complete) {
              clearTimeout(this.retry);
              this.retry = setTimeout(this.onChange, RETRY_MS);
              return;
            }
            batch.forEach((text, k) => this.remember(text, readings[k] ?? []));
            this.onChange();
          },
          () => undefined,
        )
        .finally(() => {
          for (const text of batch) this.pending.delete(text);
        });
    }
  }

  private remember(text: string, rubies: readonly Ruby[]): void {
    if (this.known.size >= CACHE_LIMIT) {
      const oldest = this.known.keys().next();
      if (!oldest.done) this.known.delete(oldest.value);
    }
    this.known.set(text, rubies);
  }
}

/**
 * The readings drawn over a line: those the subtitles carry (ruby in the file, Netflix's
 * `漢字(かんじ)`), which know the intended reading of names and puns, and the computed ones
 * only where none of those lie. The same inputs give the same array back, so the overlay keeps
 * the line's elements (and the word under the pointer) from one frame to the next.
 */
export class SourceReadings {
  private readonly cache = new Map<
    string,
    { computed: readonly Ruby[]; merged: readonly Ruby[] }
  >();

  merge(text: string, source: readonly Ruby[], computed: readonly Ruby[]): readonly Ruby[] {
    if (source.length === 0) return computed;
    const key = `${text}\u0000${JSON.stringify(source)}`;
    const cached = this.cache.get(key);
    if (cached?.computed === computed) return cached.merged;
    const merged = [
      ...source,
      ...computed.filter((c) => !source.some((s) => c.start < s.end && s.start < c.end)),
    ].sort((a, b) => a.start - b.start);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, { computed, merged });
    return merged;
  }
}
