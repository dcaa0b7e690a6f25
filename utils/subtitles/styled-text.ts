import type { Cue, CueRuby, CueStyle } from './cue';

/** Style flags of one character of cue text. */
export const ITALIC = 1;
export const BOLD = 2;
export const UNDERLINE = 4;

/**
 * A kanji run followed by a reading in kana between parentheses, half or full width: Netflix's
 * Japanese WebVTT writes furigana inline this way (`漢字(かんじ)`) because WebVTT ruby is not
 * drawn by every player. Only kana may be inside, so `(笑)`, `（ナレーター）` at the start of a
 * line or a parenthesised aside after kana stay text.
 */
const INLINE_READING =
  /([\p{Script=Han}々〆ヶ]+)[(（]([\p{Script=Hiragana}\p{Script=Katakana}ー]+)[)）]/gu;

/**
 * Cue text built piece by piece, with the style of every character and the readings over it,
 * so a parser can still drop characters afterwards (trimming, inline readings) and hand out
 * offsets that match the final text. Pure: the parsers (background, CLI) and the TextTrack
 * reader (page) share it.
 */
export class StyledText {
  private text = '';
  private flags: number[] = [];
  private rubies: CueRuby[] = [];

  get length(): number {
    return this.text.length;
  }

  get value(): string {
    return this.text;
  }

  append(text: string, flags = 0): void {
    this.text += text;
    for (let i = 0; i < text.length; i++) this.flags.push(flags);
  }

  /**
   * A reading over `[start, end)`. An empty base or reading means nothing; a reading over text
   * that already has one (nested ruby) is left out, so readings never overlap. True if kept.
   */
  addRuby(start: number, end: number, reading: string): boolean {
    const clean = reading.replace(/\s+/g, ' ').trim();
    if (start >= end || clean === '') return false;
    if (this.rubies.some((r) => r.start < end && start < r.end)) return false;
    this.rubies.push({ start, end, reading: clean });
    return true;
  }

  /** Drops the characters of `ranges` (`[start, end)`), moving styles and readings along. */
  remove(ranges: Iterable<readonly [number, number]>): void {
    const keep = new Array<boolean>(this.text.length).fill(true);
    for (const [start, end] of ranges) keep.fill(false, start, end);
    // before[i]: how many kept characters precede old offset i.
    const before = new Array<number>(this.text.length + 1);
    let kept = 0;
    let text = '';
    const flags: number[] = [];
    for (let i = 0; i < this.text.length; i++) {
      before[i] = kept;
      if (!keep[i]) continue;
      kept++;
      text += this.text[i];
      flags.push(this.flags[i]!);
    }
    before[this.text.length] = kept;
    this.text = text;
    this.flags = flags;
    this.rubies = this.rubies
      .map((r) => ({ ...r, start: before[r.start]!, end: before[r.end]! }))
      .filter((r) => r.start < r.end);
  }

  /**
   * Turns inline readings (`漢字(かんじ)`, see INLINE_READING) into ruby: the kanji keep their
   * place in the text, the parenthesised kana leave it.
   */
  takeInlineReadings(): void {
    const cut: [number, number][] = [];
    for (const m of this.text.matchAll(INLINE_READING)) {
      const base = m[1]!;
      const start = m.index;
      const open = start + base.length;
      if (this.addRuby(start, open, m[2]!)) cut.push([open, start + m[0].length]);
    }
    if (cut.length) this.remove(cut);
  }

  /** The cue fields: text, and styles and ruby when there are any. */
  fields(): Pick<Cue, 'text' | 'styles' | 'ruby'> {
    const out: Pick<Cue, 'text' | 'styles' | 'ruby'> = { text: this.text };
    const styles = styleRuns(this.flags);
    if (styles.length) out.styles = styles;
    if (this.rubies.length) out.ruby = [...this.rubies].sort((a, b) => a.start - b.start);
    return out;
  }
}

/** Runs of equal, non-zero flags as style spans. */
function styleRuns(flags: readonly number[]): CueStyle[] {
  const runs: CueStyle[] = [];
  let start = 0;
  for (let i = 1; i <= flags.length; i++) {
    const current = flags[start]!;
    if (i < flags.length && flags[i] === current) continue;
    if (current) {
      const run: CueStyle = { start, end: i };
      if (current & ITALIC) run.italic = true;
      if (current & BOLD) run.bold = true;
      if (current & UNDERLINE) run.underline = true;
      runs.push(run);
    }
    start = i;
  }
  return runs;
}
