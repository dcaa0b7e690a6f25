/**
 * Remembers the work done for a line (annotation, segmentation) so a cue is annotated once,
 * not on every redraw or frame. Bounded: a long episode plus rewinds stays well under the
 * limit, and the oldest lines go first when it is reached.
 */
export class LineCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly compute: (line: string) => V,
    private readonly limit = 3000,
  ) {}

  get(line: string): V {
    const hit = this.entries.get(line);
    if (hit !== undefined) return hit;
    const value = this.compute(line);
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(line, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
