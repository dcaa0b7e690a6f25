import type { CuePosition, TimedCue } from './cue';
import { normalizeNewlines, stripBom } from './decode';
import { SubtitleParseError, quote } from './errors';
import { parseVttCueText } from './vtt-cue-text';
import { parseVttSettings, vttCuePosition } from './vtt-position';
import { collectVttTimestamp } from './vtt-timestamp';

/**
 * The W3C WebVTT file parsing algorithm, reduced to what produces cues. STYLE and REGION blocks
 * and the "seen cue" flag only decide whether a block becomes a style sheet or a region, never
 * whether it becomes a cue, so they need no code here: such blocks simply yield nothing.
 * Only a bad signature rejects the file; a bad cue is skipped, as the spec says.
 */
export function parseVtt(source: string): TimedCue[] {
  const input = normalizeNewlines(stripBom(source).replace(/\0/g, '\uFFFD'));
  checkSignature(input);
  const cues: TimedCue[] = [];
  let pos = input.indexOf('\n');
  if (pos === -1) return cues;
  pos++;
  // Header: everything up to the first blank line (or a line with an arrow) is ignored.
  if (pos < input.length && input[pos] !== '\n') pos = collectBlock(input, pos, true).end;
  else pos++;
  pos = skipLineFeeds(input, pos);
  while (pos < input.length) {
    const block = collectBlock(input, pos, false);
    if (block.cue) cues.push(block.cue);
    pos = skipLineFeeds(input, block.end);
  }
  return cues;
}

/**
 * "WEBVTT" alone, or followed by a space, tab or line break; nothing else (not a form feed, a
 * no-break space, a NUL or a second BOM).
 */
function checkSignature(input: string): void {
  const next = input[6];
  if (input.startsWith('WEBVTT') && (next === undefined || ' \t\n'.includes(next))) return;
  const firstLine = input.split('\n', 1)[0] ?? '';
  const found = input.trim() === '' ? 'the file has no text' : `it is ${quote(firstLine)}`;
  throw new SubtitleParseError(
    'invalid',
    `Not a valid WebVTT file: the first line must be "WEBVTT", alone or followed by a space and text, but ${found}`,
  );
}

function skipLineFeeds(input: string, pos: number): number {
  while (input[pos] === '\n') pos++;
  return pos;
}

/**
 * "Collect a WebVTT block": reads lines until a blank line. An arrow on the first line, or on
 * the second after an id, starts a cue; an arrow anywhere later ends the block just before that
 * line, so cues written without a blank line between them are still found.
 */
function collectBlock(
  input: string,
  start: number,
  inHeader: boolean,
): { cue: TimedCue | null; end: number } {
  let pos = start;
  let previous = start;
  let lineCount = 0;
  let buffer = '';
  let seenArrow = false;
  let timing: (Timings & { id: string }) | null = null;
  for (;;) {
    const lf = input.indexOf('\n', pos);
    const line = input.slice(pos, lf === -1 ? input.length : lf);
    const seenEof = lf === -1;
    pos = seenEof ? input.length : lf + 1;
    lineCount++;
    if (line.includes('-->')) {
      if (!inHeader && (lineCount === 1 || (lineCount === 2 && !seenArrow))) {
        seenArrow = true;
        previous = pos;
        const parsed = parseTimings(line);
        timing = parsed && { ...parsed, id: buffer };
        if (parsed) buffer = '';
      } else {
        pos = previous;
        break;
      }
    } else if (line === '') {
      break;
    } else {
      buffer = buffer === '' ? line : `${buffer}\n${line}`;
      previous = pos;
    }
    if (seenEof) break;
  }
  if (!timing) return { cue: null, end: pos };
  const { text, speaker, styles, ruby } = parseVttCueText(buffer);
  const cue: TimedCue = { text, startMs: timing.startMs, endMs: timing.endMs };
  if (timing.id) cue.id = timing.id;
  if (speaker) cue.speaker = speaker;
  if (styles) cue.styles = styles;
  if (timing.position) cue.position = timing.position;
  if (ruby) cue.ruby = ruby;
  return { cue, end: pos };
}

const isAsciiWhitespace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';

interface Timings {
  startMs: number;
  endMs: number;
  position?: CuePosition;
}

/**
 * "Collect WebVTT cue timings and settings": start, `-->` with optional whitespace around it,
 * end, then the settings, of which those that place the cue are kept (vtt-position.ts).
 */
function parseTimings(line: string): Timings | null {
  let pos = 0;
  const skipWhitespace = () => {
    while (isAsciiWhitespace(line[pos])) pos++;
  };
  skipWhitespace();
  const start = collectVttTimestamp(line, pos);
  if (!start) return null;
  pos = start.end;
  skipWhitespace();
  if (!line.startsWith('-->', pos)) return null;
  pos += 3;
  skipWhitespace();
  const end = collectVttTimestamp(line, pos);
  if (!end) return null;
  // The end may come before the start; the spec keeps such a cue as written.
  const timings: Timings = { startMs: start.ms, endMs: end.ms };
  const position = vttCuePosition(parseVttSettings(line.slice(end.end)));
  if (position) timings.position = position;
  return timings;
}
