import type { TimedCue } from './cue';
import { normalizeNewlines, stripBom } from './decode';
import { SubtitleParseError, quote } from './errors';
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
  const body = childElements(root).find((e) => localName(e.name) === 'body');
  if (!body) return [];
  const cues: TimedCue[] = [];
  let firstProblem: SubtitleParseError | undefined;
  const visit = (element: XmlElement, parent: Interval) => {
    try {
      const interval = activeInterval(element, parent, params);
      if (localName(element.name) === 'p') {
        const cue = paragraphCue(element, interval, params);
        if (cue) cues.push(cue);
        return;
      }
      for (const child of childElements(element)) visit(child, interval);
    } catch (error) {
      // One badly timed paragraph is skipped; the file is refused only if nothing is left.
      if (!(error instanceof SubtitleParseError)) throw error;
      firstProblem ??= error;
    }
  };
  visit(body, { begin: 0, end: undefined });
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

function paragraphCue(p: XmlElement, interval: Interval, params: TimeParams): TimedCue | null {
  let { begin, end } = interval;
  if (end === undefined) {
    // A paragraph timed only through its spans (karaoke style) spans their union.
    const spans = timedDescendants(p, interval, params);
    if (spans.length === 0) return null;
    begin = Math.min(...spans.map((s) => s.begin));
    end = Math.max(...spans.map((s) => s.end ?? s.begin));
  }
  const text = tidy(textOf(p, p.attrs['xml:space'] === 'preserve'));
  return { text, startMs: begin, endMs: end };
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
 * Text of a paragraph: `<br/>` is a line break; ruby annotations and metadata are skipped.
 * Outside `xml:space="preserve"` each run of XML whitespace (including the file's own line
 * breaks) counts as one space, as TTML's default space handling says.
 */
function textOf(element: XmlElement, preserve: boolean): string {
  let out = '';
  for (const child of element.children) {
    if (typeof child === 'string') {
      out += preserve ? child : child.replace(/[ \t\r\n]+/g, ' ');
      continue;
    }
    const name = localName(child.name);
    if (name === 'br') out += '\n';
    else if (NON_TEXT.has(name)) continue;
    else if (RUBY_ANNOTATION.has(attribute(child, 'ruby') ?? '')) continue;
    else {
      const space = child.attrs['xml:space'];
      out += textOf(child, space === undefined ? preserve : space === 'preserve');
    }
  }
  return out;
}

/** Spaces around line breaks and at the ends are layout, not text. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}
