import type { CuePosition } from './cue';

/** The WebVTT cue settings that place a cue, as a VTTCue exposes them (W3C WebVTT §3.1). */
export interface VttCueSettings {
  /** `line:`: a line number when `snapToLines`, else a percentage from the top; or auto. */
  line: number | 'auto';
  snapToLines: boolean;
  /** `position:`: the cue box's horizontal position as a percentage, or auto. */
  position: number | 'auto';
  /** `align:`: start, center, end, left or right (anything else counts as center). */
  align: string;
}

/**
 * Lines of cue text that fit on the picture: WebVTT sizes text at 5% of the video's height
 * (and line boxes about a third taller), so the rendering rules snap cues to roughly 15–20
 * lines. A line number is read against this to tell the upper half from the lower.
 */
const LINES_ON_SCREEN = 18;
/** A centred cue whose `position:` is below this percentage (or above 100 minus it) sits to one side. */
const SIDE_PERCENT = 30;

/**
 * Where a WebVTT cue belongs, in Nunchi's terms; undefined for the default place. Line
 * numbers count from the top when 0 or more and from the bottom when negative (`line:-1` is
 * the last line, the usual place), so they only say top or bottom; percentages are kept.
 */
export function vttCuePosition(settings: VttCueSettings): CuePosition | undefined {
  const position: CuePosition = {};
  const { line } = settings;
  if (line !== 'auto' && Number.isFinite(line)) {
    if (!settings.snapToLines) {
      const percent = Math.min(100, Math.max(0, line));
      position.line = percent;
      position.vertical = percent < 50 ? 'top' : 'bottom';
    } else {
      const fromTop = line >= 0 ? line : LINES_ON_SCREEN + line;
      position.vertical = fromTop < LINES_ON_SCREEN / 2 ? 'top' : 'bottom';
    }
  }
  const align = alignOf(settings);
  if (align !== 'center') position.align = align;
  return Object.keys(position).length ? position : undefined;
}

function alignOf({ align, position }: VttCueSettings): 'start' | 'center' | 'end' {
  if (align === 'start' || align === 'left') return 'start';
  if (align === 'end' || align === 'right') return 'end';
  // A centred cue moved to one side with `position:` (positioned captions for a speaker).
  if (position !== 'auto' && position < SIDE_PERCENT) return 'start';
  if (position !== 'auto' && position > 100 - SIDE_PERCENT) return 'end';
  return 'center';
}

const PERCENT = /^\d+(?:\.\d+)?%$/;
const LINE_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * The settings part of a WebVTT timing line (after the end time), read by "parse the WebVTT
 * cue settings": whitespace-separated `name:value` pairs, unknown or malformed ones ignored,
 * a later setting replacing an earlier one of the same name. Only what places the cue is read.
 */
export function parseVttSettings(text: string): VttCueSettings {
  const settings: VttCueSettings = {
    line: 'auto',
    snapToLines: true,
    position: 'auto',
    align: 'center',
  };
  for (const setting of text.split(/[ \t\n\f\r]+/)) {
    const colon = setting.indexOf(':');
    if (colon <= 0 || colon === setting.length - 1) continue;
    const name = setting.slice(0, colon);
    const value = setting.slice(colon + 1);
    if (name === 'line') {
      // `line:` may carry a line alignment after a comma (`line:90%,end`); it does not change
      // which half the cue is in.
      const linepos = value.split(',', 1)[0]!;
      if (PERCENT.test(linepos)) {
        const percent = Number(linepos.slice(0, -1));
        if (percent > 100) continue;
        settings.line = percent;
        settings.snapToLines = false;
      } else if (LINE_NUMBER.test(linepos)) {
        settings.line = Number(linepos);
        settings.snapToLines = true;
      }
    } else if (name === 'position') {
      const colpos = value.split(',', 1)[0]!;
      if (!PERCENT.test(colpos)) continue;
      const percent = Number(colpos.slice(0, -1));
      if (percent <= 100) settings.position = percent;
    } else if (name === 'align') {
      if (['start', 'center', 'end', 'left', 'right'].includes(value)) settings.align = value;
    }
  }
  return settings;
}
