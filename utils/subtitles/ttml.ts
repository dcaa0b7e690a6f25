import type { CuePosition, TimedCue } from './cue';
import { normalizeNewlines, stripBom } from './decode';
import { SubtitleParseError, quote } from './errors';
import { BOLD, ITALIC, StyledText, UNDERLINE } from './styled-text';
import { attribute, childElements, localName, parseXml, type XmlElement } from './xml';

interface TimeParams {
  frameRate: number;
  subFrameRate: number;
  tickRate: number;
}

/** An active interval in ms; `end` undefined means "until the parent ends", i.e. open. */
interface Interval {
  begin: number;
  end: number | undefined;
}

/** Elements that hold no displayed text. */
const NON_TEXT = new Set(['metadata', 'set', 'animate', 'desc', 'title', 'agent', 'copyright']);
/** Ruby parts that annotate the base text (TTML2 `tts:ruby`); the base is what a viewer reads. */
const RUBY_ANNOTATION = new Set(['text', 'textContainer', 'delimiter']);

/**
 * TTML, DFXP and IMSC: one cue per `<p>` in the body. Times nest (a `begin` counts from the
 * parent's begin, an end is clipped to the parent's end) and may be clock times
 * (`00:01:02.345`, `00:01:02:12` with frames), or offsets (`1.5s`, `90f`, `12345t` ticks at
 * `ttp:tickRate`). Namespace prefixes (`tt:p`) are ignored.
 */
export function parseTtml(source: string): TimedCue[] {
  const root = parseXml(normalizeNewlines(stripBom(source)));
  if (localName(root.name) !== 'tt') {
    throw new SubtitleParseError(
      'invalid',
      `This does not look like a TTML file: the root element is <${root.name}>, not <tt>`,
    );
  }
  const params = timeParams(root);
  const styling = readStyling(root);
  const body = childElements(root).find((e) => localName(e.name) === 'body');
  if (!body) return [];
  const cues: TimedCue[] = [];
  let firstProblem: SubtitleParseError | undefined;
  const visit = (element: XmlElement, parent: Interval, inherited: Inherited) => {
    try {
      const interval = activeInterval(element, parent, params);
      const own = styling.inherit(element, inherited);
      if (localName(element.name) === 'p') {
        const cue = paragraphCue(element, interval, params, styling, own);
        if (cue) cues.push(cue);
        return;
      }
      for (const child of childElements(element)) visit(child, interval, own);
    } catch (error) {
      // One badly timed paragraph is skipped; the file is refused only if nothing is left.
      if (!(error instanceof SubtitleParseError)) throw error;
      firstProblem ??= error;
    }
  };
  visit(body, { begin: 0, end: undefined }, {});
  if (cues.length === 0 && firstProblem) throw firstProblem;
  return cues.sort((a, b) => a.startMs - b.startMs);
}

function timeParams(root: XmlElement): TimeParams {
  const number = (name: string) => {
    const value = Number(attribute(root, name));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const [num = 1, den = 1] = (attribute(root, 'frameRateMultiplier') ?? '1 1')
    .trim()
    .split(/\s+/)
    .map(Number);
  const multiplier = num > 0 && den > 0 ? num / den : 1;
  const declaredRate = number('frameRate');
  const frameRate = (declaredRate ?? 30) * multiplier;
  const subFrameRate = number('subFrameRate') ?? 1;
  // TTML1 §6.2.10: without ttp:tickRate, ticks are frames × sub-frames if a frame rate is given.
  const tickRate = number('tickRate') ?? (declaredRate ? frameRate * subFrameRate : 1);
  return { frameRate, subFrameRate, tickRate };
}

function activeInterval(element: XmlElement, parent: Interval, params: TimeParams): Interval {
  const begin = parent.begin + (timeAttribute(element, 'begin', params) ?? 0);
  const endAttr = timeAttribute(element, 'end', params);
  const dur = timeAttribute(element, 'dur', params);
  let end =
    endAttr !== undefined ? parent.begin + endAttr : dur !== undefined ? begin + dur : parent.end;
  if (end !== undefined && parent.end !== undefined) end = Math.min(end, parent.end);
  return { begin, end };
}

function timeAttribute(element: XmlElement, name: string, params: TimeParams): number | undefined {
  const value = attribute(element, name);
  if (value === undefined) return undefined;
  const ms = parseTimeExpression(value.trim(), params);
  if (ms === null) {
    throw new SubtitleParseError(
      'invalid',
      `bad timestamp ${name}=${quote(value)}; expected a time such as 00:01:02.345, 1.5s or 900t`,
      element.line,
    );
  }
  return ms;
}

const CLOCK_TIME = /^(\d{2,}):(\d{2}):(\d{2})(?:(\.\d+)|:(\d{2,})(?:\.(\d+))?)?$/;
const OFFSET_TIME = /^(\d+(?:\.\d+)?)(h|ms|m|s|f|t)$/;

/** A TTML time expression in ms (rounded), or null when it is not one. */
export function parseTimeExpression(value: string, params: TimeParams): number | null {
  const clock = CLOCK_TIME.exec(value);
  if (clock) {
    const [, h, m, s, fraction, frames, subFrames] = clock;
    let seconds = Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(fraction ?? 0);
    if (frames !== undefined) {
      seconds += (Number(frames) + Number(subFrames ?? 0) / params.subFrameRate) / params.frameRate;
    }
    return Math.round(seconds * 1000);
  }
  const offset = OFFSET_TIME.exec(value);
  if (!offset) return null;
  const count = Number(offset[1]);
  const msPer: Record<string, number> = {
    h: 3_600_000,
    m: 60_000,
    s: 1000,
    ms: 1,
    f: 1000 / params.frameRate,
    t: 1000 / params.tickRate,
  };
  return Math.round(count * msPer[offset[2]!]!);
}

function paragraphCue(
  p: XmlElement,
  interval: Interval,
  params: TimeParams,
  styling: Styling,
  inherited: Inherited,
): TimedCue | null {
  let { begin, end } = interval;
  if (end === undefined) {
    // A paragraph timed only through its spans (karaoke style) spans their union.
    const spans = timedDescendants(p, interval, params);
    if (spans.length === 0) return null;
    begin = Math.min(...spans.map((s) => s.begin));
    end = Math.max(...spans.map((s) => s.end ?? s.begin));
  }
  const out = new StyledText();
  // Region styles come under the paragraph's own and its ancestors' (TTML1 §8.4.4.2).
  const region = styling.regions.get(inherited.region ?? '');
  const context = region ? { ...styling.inherit(region, {}), ...inherited } : inherited;
  writeText(out, p, p.attrs['xml:space'] === 'preserve', styling, context);
  tidy(out);
  const cue: TimedCue = { ...out.fields(), startMs: begin, endMs: end };
  const position = styling.position(region, context.textAlign);
  if (position) cue.position = position;
  return cue;
}

function timedDescendants(element: XmlElement, parent: Interval, params: TimeParams): Interval[] {
  const found: Interval[] = [];
  for (const child of childElements(element)) {
    const interval = activeInterval(child, parent, params);
    if (interval.end !== undefined) found.push(interval);
    else found.push(...timedDescendants(child, interval, params));
  }
  return found;
}

/**
 * Text of a paragraph into `out`: `<br/>` is a line break; metadata is skipped; italics, bold
 * and underline (`tts:fontStyle`, `tts:fontWeight`, `tts:textDecoration`, inline or through
 * referenced styles, inherited) become styles. Ruby (`tts:ruby`, TTML2): the base is text, the
 * annotation becomes its reading, delimiters are dropped. Outside `xml:space="preserve"` each
 * run of XML whitespace (including the file's own line breaks) counts as one space, as TTML's
 * default space handling says.
 */
function writeText(
  out: StyledText,
  element: XmlElement,
  preserve: boolean,
  styling: Styling,
  inherited: Inherited,
  bases?: [number, number][],
): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      out.append(preserve ? child : child.replace(/[ \t\r\n]+/g, ' '), flagsOf(inherited));
      continue;
    }
    const name = localName(child.name);
    if (name === 'br') {
      out.append('\n', flagsOf(inherited));
      continue;
    }
    if (NON_TEXT.has(name)) continue;
    const ruby = styling.own(child, 'ruby');
    if (ruby && RUBY_ANNOTATION.has(ruby)) continue;
    const space = child.attrs['xml:space'];
    const keep = space === undefined ? preserve : space === 'preserve';
    const context = styling.inherit(child, inherited);
    const start = out.length;
    if (ruby === 'container') {
      const parts: [number, number][] = [];
      writeText(out, child, keep, styling, context, parts);
      addRubyReadings(out, child, styling, parts.length ? parts : [[start, out.length]]);
      continue;
    }
    writeText(out, child, keep, styling, context, ruby === 'baseContainer' ? bases : undefined);
    if (ruby === 'base') bases?.push([start, out.length]);
  }
}

/**
 * Readings of a ruby container over its bases: one annotation per base when they pair up
 * (`baseContainer`/`textContainer` with several of each), else the first over all of them.
 */
function addRubyReadings(
  out: StyledText,
  container: XmlElement,
  styling: Styling,
  bases: [number, number][],
): void {
  const readings: string[] = [];
  const collect = (element: XmlElement) => {
    for (const child of childElements(element)) {
      const ruby = styling.own(child, 'ruby');
      if (ruby === 'text') readings.push(plainText(child));
      else if (ruby === 'textContainer') collect(child);
    }
  };
  collect(container);
  if (readings.length === 0) return;
  if (readings.length === bases.length) {
    bases.forEach(([start, end], i) => out.addRuby(start, end, readings[i]!));
  } else {
    out.addRuby(bases[0]![0], bases[bases.length - 1]![1], readings[0]!);
  }
}

function plainText(element: XmlElement): string {
  return element.children
    .map((c) => (typeof c === 'string' ? c : NON_TEXT.has(localName(c.name)) ? '' : plainText(c)))
    .join('');
}

/** Spaces around line breaks and at the ends are layout, not text. */
function tidy(out: StyledText): void {
  const text = out.value;
  const drop: [number, number][] = [];
  const lead = /^[ \t\n]+/.exec(text);
  if (lead) drop.push([0, lead[0].length]);
  const trail = /[ \t\n]+$/.exec(text);
  if (trail) drop.push([trail.index, text.length]);
  for (const m of text.matchAll(/([ \t]*)\n([ \t]*)/g)) {
    drop.push([m.index, m.index + m[1]!.length]);
    const after = m.index + m[0].length;
    drop.push([after - m[2]!.length, after]);
  }
  out.remove(drop);
}

/** Style properties that pass from parent to child, as far as Nunchi reads them. */
type Inherited = Partial<
  Record<'fontStyle' | 'fontWeight' | 'textDecoration' | 'textAlign' | 'region', string>
>;

const INHERITED = ['fontStyle', 'fontWeight', 'textDecoration', 'textAlign', 'region'] as const;

function flagsOf(style: Inherited): number {
  let flags = 0;
  if (style.fontStyle === 'italic' || style.fontStyle === 'oblique') flags |= ITALIC;
  if (style.fontWeight === 'bold') flags |= BOLD;
  if (style.textDecoration?.split(/\s+/).includes('underline')) flags |= UNDERLINE;
  return flags;
}

interface Styling {
  regions: Map<string, XmlElement>;
  /** A style property set on the element itself or through the styles it references. */
  own(element: XmlElement, name: string): string | undefined;
  /** The inherited properties after `element`. */
  inherit(element: XmlElement, parent: Inherited): Inherited;
  /** Where a region puts its text, or undefined when it does not say. */
  position(region: XmlElement | undefined, textAlign: string | undefined): CuePosition | undefined;
}

/** Reference chains deeper than this are a loop or hostile. */
const MAX_STYLE_DEPTH = 16;

/** The `<styling>` and `<layout>` of the head: styles and regions by `xml:id`. */
function readStyling(root: XmlElement): Styling {
  const styles = new Map<string, XmlElement>();
  const regions = new Map<string, XmlElement>();
  const head = childElements(root).find((e) => localName(e.name) === 'head');
  const walk = (element: XmlElement) => {
    for (const child of childElements(element)) {
      const id = child.attrs['xml:id'];
      const name = localName(child.name);
      if (id && name === 'style') styles.set(id, child);
      else if (id && name === 'region') regions.set(id, child);
      walk(child);
    }
  };
  if (head) walk(head);
  const size = lengthBase(root);

  const own = (element: XmlElement, name: string, depth = 0): string | undefined => {
    const value = name === 'region' ? element.attrs.region : attribute(element, name);
    if (value !== undefined || depth > MAX_STYLE_DEPTH) return value?.trim();
    // Of several referenced styles, the last to set the property wins.
    let found: string | undefined;
    for (const id of (element.attrs.style ?? '').split(/\s+/)) {
      const style = styles.get(id);
      const value = style && own(style, name, depth + 1);
      if (value !== undefined) found = value;
    }
    return found;
  };

  return {
    regions,
    own,
    inherit(element, parent) {
      let out = parent;
      for (const name of INHERITED) {
        const value = own(element, name);
        if (value !== undefined) out = { ...out, [name]: value };
      }
      return out;
    },
    position(region, textAlign) {
      const position: CuePosition = {};
      const origin = region && own(region, 'origin');
      const displayAlign = region && own(region, 'displayAlign');
      // Without an origin the region starts at the top edge; one in units that cannot be
      // measured (pixels with no root extent) says nothing.
      const top = origin === undefined ? 0 : size.y(origin.split(/\s+/)[1]);
      if (region && (origin !== undefined || displayAlign !== undefined) && top !== undefined) {
        const height = size.y(own(region, 'extent')?.split(/\s+/)[1]) ?? 100 - top;
        const y =
          displayAlign === 'after'
            ? top + height
            : displayAlign === 'center'
              ? top + height / 2
              : top;
        position.line = Math.round(Math.min(100, Math.max(0, y)));
        position.vertical = position.line < 50 ? 'top' : 'bottom';
      }
      if (textAlign === 'left' || textAlign === 'start') position.align = 'start';
      if (textAlign === 'right' || textAlign === 'end') position.align = 'end';
      return Object.keys(position).length ? position : undefined;
    },
  };
}

/**
 * Vertical lengths as percentages of the picture: `%`, pixels against the root's `tts:extent`,
 * and cells against `ttp:cellResolution` (32 × 15 by default).
 */
function lengthBase(root: XmlElement): { y(length: string | undefined): number | undefined } {
  const extent = /^\s*[\d.]+px\s+([\d.]+)px\s*$/.exec(attribute(root, 'extent') ?? '');
  const rows = Number((attribute(root, 'cellResolution') ?? '').trim().split(/\s+/)[1]) || 15;
  return {
    y(length) {
      const m = /^(-?[\d.]+)(%|px|c)$/.exec(length ?? '');
      if (!m) return undefined;
      const value = Number(m[1]);
      if (!Number.isFinite(value)) return undefined;
      if (m[2] === '%') return value;
      if (m[2] === 'c') return (value / rows) * 100;
      return extent ? (value / Number(extent[1])) * 100 : undefined;
    },
  };
}
