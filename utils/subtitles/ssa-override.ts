import type { CuePosition } from './cue';
import { BOLD, ITALIC, UNDERLINE } from './styled-text';

/** What the override blocks of a line said about its place on the picture (first one wins). */
export interface OverridePlacement {
  /** Numpad alignment, 1–9 (`\an`, or `\a` converted). */
  align?: number;
  /** `\pos(x,y)`, or where `\move` starts, in script pixels. */
  pos?: { x: number; y: number };
}

/**
 * Reads one `{…}` override block of ASS/SSA (also borrowed by SRT files): returns the style
 * flags after it and records the first alignment and position in `placement`, which is what
 * renderers do (libass applies the first `\an`/`\pos` of a line). `reset` gives the flags of
 * the line's style for `\r` (or of the named style for `\rName`). Tags inside `\t(…)` animate
 * and are not read; drawing (`\p`) is the caller's.
 */
export function readOverrideBlock(
  block: string,
  flags: number,
  placement: OverridePlacement,
  reset: (style: string) => number,
): number {
  let out = flags;
  for (const tag of block.split('\\').slice(1)) {
    const t = tag.trim();
    let m: RegExpExecArray | null;
    if ((m = /^an([1-9])$/.exec(t))) placement.align ??= Number(m[1]);
    else if ((m = /^a(\d+)$/.exec(t))) placement.align ??= legacyAlign(Number(m[1]));
    else if ((m = /^(?:pos|move)\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)/.exec(t))) {
      placement.pos ??= { x: Number(m[1]), y: Number(m[2]) };
    } else if ((m = /^([ibu])(\d*)$/.exec(t))) {
      const flag = m[1] === 'i' ? ITALIC : m[1] === 'b' ? BOLD : UNDERLINE;
      // `\b` also takes a font weight (`\b700`); anything above normal (400) is bold.
      const on = m[2] === '' ? reset('') & flag : Number(m[2]) === 1 || Number(m[2]) > 400;
      out = on ? out | flag : out & ~flag;
    } else if ((m = /^r(.*)$/.exec(t))) out = reset(m[1]!.trim());
  }
  return out;
}

/** SSA's `\a` (1–3 bottom, 5–7 top, 9–11 middle; left, centre, right) as numpad alignment. */
export function legacyAlign(a: number): number | undefined {
  if (a >= 1 && a <= 3) return a;
  if (a >= 5 && a <= 7) return a + 2;
  if (a >= 9 && a <= 11) return a - 5;
  return undefined;
}

/**
 * Numpad alignment (7 8 9 top, 4 5 6 middle, 1 2 3 bottom) as a cue position: top or bottom,
 * the middle row as 50% from the top, the column as the horizontal alignment. 2 (bottom
 * centre) is the usual place, so it says nothing.
 */
export function numpadPosition(align: number): CuePosition | undefined {
  if (align === 2) return undefined;
  const position: CuePosition =
    align >= 7 ? { vertical: 'top' } : align >= 4 ? { line: 50 } : { vertical: 'bottom' };
  const column = (align - 1) % 3;
  if (column === 0) position.align = 'start';
  if (column === 2) position.align = 'end';
  return position;
}
