import type { CuePosition, TimedCue } from './cue';
import { normalizeNewlines, stripBom } from './decode';
import { SubtitleParseError, quote } from './errors';
import {
  legacyAlign,
  numpadPosition,
  readOverrideBlock,
  type OverridePlacement,
} from './ssa-override';
import { BOLD, ITALIC, StyledText, UNDERLINE } from './styled-text';

/** The field order of `[Events]` when a file has no Format line (ASS, "v4.00+"). */
const DEFAULT_FORMAT = [
  'layer',
  'start',
  'end',
  'style',
  'name',
  'marginl',
  'marginr',
  'marginv',
  'effect',
  'text',
];

/** `H:MM:SS.cc`; the fraction is read as a decimal fraction of a second (centiseconds in ASS). */
const ASS_TIME = /^(\d+):(\d{1,2}):(\d{1,2})(?:[.,:](\d+))?$/;

/** A `[V4+ Styles]` / `[V4 Styles]` entry, as far as it matters for text: styles and alignment. */
interface AssStyle {
  flags: number;
  /** Numpad alignment (SSA's legacy values converted). */
  align: number;
}

const PLAIN_STYLE: AssStyle = { flags: 0, align: 2 };

/**
 * Advanced SubStation Alpha / SubStation Alpha: one cue per `Dialogue:` line, its fields named
 * by the `[Events]` Format line. `Comment:` lines are never shown, so they are skipped; override
 * blocks and vector drawings are not text. Italics, bold and underline come from the line's
 * style and `{\i1}`-style overrides; the place on the picture from the style's alignment,
 * `{\an8}` (or SSA's `{\a6}`) and `{\pos(x,y)}` against the script's PlayResY. Typesetters
 * stack the same line on several layers (shadow, outline, glow) or cut it into consecutive
 * pieces for an effect, so identical text that overlaps or touches in time is merged into one
 * cue.
 */
export function parseAss(source: string): TimedCue[] {
  const lines = normalizeNewlines(stripBom(source)).split('\n');
  let section = '';
  let format = DEFAULT_FORMAT;
  let styleFormat: string[] = [];
  const styles = new Map<string, AssStyle>();
  const info: Record<string, string> = {};
  let firstProblem: SubtitleParseError | undefined;
  const cues: TimedCue[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (/^\[.*\]$/.test(line)) {
      section = line.slice(1, -1).trim().toLowerCase();
      return;
    }
    const colon = line.indexOf(':');
    if (colon === -1) return;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trimStart();
    const isStyles = section === 'v4+ styles' || section === 'v4 styles';
    if (section === 'script info') info[key] = value.trim();
    else if (key === 'format' && isStyles) styleFormat = splitFormat(value);
    else if (key === 'style' && isStyles) {
      const fields = splitFields(value, styleFormat.length);
      const field = (name: string) => fields[styleFormat.indexOf(name)]?.trim() ?? '';
      const flag = (name: string, bit: number) => (['', '0'].includes(field(name)) ? 0 : bit);
      const align = Number(field('alignment')) || 2;
      styles.set(field('name'), {
        flags: flag('italic', ITALIC) | flag('bold', BOLD) | flag('underline', UNDERLINE),
        align: (section === 'v4 styles' ? legacyAlign(align) : align) ?? 2,
      });
    } else if (key === 'format' && section === 'events') {
      format = splitFormat(value);
    } else if (key === 'dialogue') {
      const fields = splitFields(value, format.length);
      const field = (name: string) => fields[format.indexOf(name)] ?? '';
      const startMs = parseAssTime(field('start').trim());
      const endMs = parseAssTime(field('end').trim());
      if (startMs === null || endMs === null) {
        const bad = startMs === null ? field('start') : field('end');
        firstProblem ??= new SubtitleParseError(
          'invalid',
          `bad timestamp ${quote(bad.trim())} in a Dialogue line; expected something like 0:01:02.34`,
          i + 1,
        );
        return;
      }
      const styleOf = (name: string) =>
        styles.get(name.replace(/^\*/, '')) ?? styles.get('Default') ?? PLAIN_STYLE;
      const read = readAssText(field('text'), styleOf(field('style').trim()), styleOf);
      if (read.text.trim() === '') return;
      const cue: TimedCue = { text: read.text, startMs, endMs };
      const speaker = field('name').trim();
      if (speaker) cue.speaker = speaker;
      if (read.styles) cue.styles = read.styles;
      const position = placementPosition(read.placement, playResY(info));
      if (position) cue.position = position;
      cues.push(cue);
    }
  });
  if (cues.length === 0 && firstProblem) throw firstProblem;
  return mergeRepeats(cues);
}

const splitFormat = (value: string) => value.split(',').map((f) => f.trim().toLowerCase());

/**
 * The script's height in its own pixels, which `\pos` is measured in. Without PlayResY,
 * renderers derive it from PlayResX (1280 → 1024, else 3/4 of it) or use 288 (libass).
 */
function playResY(info: Record<string, string>): number {
  const y = Number(info.playresy);
  if (y > 0) return y;
  const x = Number(info.playresx);
  if (x > 0) return x === 1280 ? 1024 : (x * 3) / 4;
  return 288;
}

/** `\pos` decides the height when given (top or bottom half); else the alignment does. */
function placementPosition(
  placement: OverridePlacement & { align: number },
  height: number,
): CuePosition | undefined {
  const byAlign = numpadPosition(placement.align);
  if (!placement.pos) return byAlign;
  const line = Math.round(Math.min(100, Math.max(0, (placement.pos.y / height) * 100)));
  const position: CuePosition = { vertical: line < 50 ? 'top' : 'bottom', line };
  if (byAlign?.align) position.align = byAlign.align;
  return position;
}

/** Splits on the first `count - 1` commas: the last field (Text) may itself contain commas. */
function splitFields(value: string, count: number): string[] {
  const fields: string[] = [];
  let rest = value;
  while (fields.length < count - 1) {
    const comma = rest.indexOf(',');
    if (comma === -1) break;
    fields.push(rest.slice(0, comma));
    rest = rest.slice(comma + 1);
  }
  fields.push(rest);
  return fields;
}

export function parseAssTime(text: string): number | null {
  const m = ASS_TIME.exec(text);
  if (!m) return null;
  const [, h, min, s, fraction = ''] = m;
  if (Number(min) > 59 || Number(s) > 59) return null;
  const ms = Number(fraction.slice(0, 3).padEnd(3, '0'));
  return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + ms;
}

/**
 * Dialogue text: `{…}` override blocks removed (their style switches and placement kept), `\N`
 * and `\n` as line breaks, `\h` as a no-break space. Between `{\p1}` (any `\p` above 0) and
 * `{\p0}` the "text" is a vector drawing, so it is dropped. `styleOf` finds the style `\rName`
 * resets to.
 */
export function readAssText(
  text: string,
  style: AssStyle = PLAIN_STYLE,
  styleOf: (name: string) => AssStyle = () => style,
): Pick<TimedCue, 'text' | 'styles'> & { placement: OverridePlacement & { align: number } } {
  const out = new StyledText();
  const placement: OverridePlacement = {};
  let flags = style.flags;
  let drawing = false;
  for (let pos = 0; pos < text.length;) {
    if (text[pos] === '{') {
      const close = text.indexOf('}', pos);
      if (close !== -1) {
        const block = text.slice(pos, close);
        for (const m of block.matchAll(/\\p(\d+)/g)) drawing = Number(m[1]) > 0;
        flags = readOverrideBlock(block, flags, placement, (name) =>
          name ? styleOf(name).flags : style.flags,
        );
        pos = close + 1;
        continue;
      }
    }
    const next = text.indexOf('{', pos + 1);
    const chunk = text.slice(pos, next === -1 ? text.length : next);
    if (!drawing) out.append(chunk.replace(/\\[Nn]/g, '\n').replace(/\\h/g, '\u00a0'), flags);
    pos += chunk.length;
  }
  return { ...out.fields(), placement: { ...placement, align: placement.align ?? style.align } };
}

function mergeRepeats(cues: TimedCue[]): TimedCue[] {
  const sorted = [...cues].sort((a, b) => a.startMs - b.startMs);
  const merged: TimedCue[] = [];
  const lastByText = new Map<string, TimedCue>();
  for (const cue of sorted) {
    const previous = lastByText.get(cue.text);
    if (previous && previous.endMs >= cue.startMs) {
      previous.endMs = Math.max(previous.endMs, cue.endMs);
      continue;
    }
    const copy = { ...cue };
    merged.push(copy);
    lastByText.set(cue.text, copy);
  }
  return merged;
}
