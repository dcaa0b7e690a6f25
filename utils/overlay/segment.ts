import type { NoteView } from '../messaging/protocol';

/**
 * How a language's words are hovered:
 * - `word`: each run of letters and digits (a Korean eojeol, split at spaces and punctuation)
 *   is one unit, and it is what the dictionary is asked about;
 * - `char`: each letter is a unit and the lookup starts at the hovered character, because
 *   Chinese and Japanese lines have no spaces; the dictionary decides how far the word reaches.
 */
export type HoverUnit = 'word' | 'char';

/** A note found in a line, with the note it refers to. */
export interface SegmentMark {
  start: number;
  end: number;
  note: NoteView;
}

export type Segment =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'mark'; text: string; start: number; end: number; note: NoteView }
  | { kind: 'word'; text: string; start: number; end: number };

const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Characters sent from a hovered Chinese or Japanese letter: longer than any dictionary word. */
const CHAR_LOOKUP_MAX = 16;
/** `dict.lookup` accepts at most this many characters. */
const LOOKUP_MAX = 64;

/**
 * Splits a line into note marks, hoverable words and plain text. Offsets are UTF-16 offsets
 * into `line`, the same ones the annotator uses; the segments cover the line exactly, in
 * order, so rendering them one after another reproduces it.
 */
export function segmentLine(
  line: string,
  marks: readonly SegmentMark[],
  unit: HoverUnit,
): Segment[] {
  const segments: Segment[] = [];
  let pos = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < pos || mark.end > line.length || mark.end <= mark.start) continue;
    pushWords(segments, line, pos, mark.start, unit);
    segments.push({
      kind: 'mark',
      text: line.slice(mark.start, mark.end),
      start: mark.start,
      end: mark.end,
      note: mark.note,
    });
    pos = mark.end;
  }
  pushWords(segments, line, pos, line.length, unit);
  return segments;
}

/**
 * The text a dictionary lookup for a hovered word segment sends: the word itself (`word`
 * unit), or the letters from the hovered one onwards up to punctuation or a space (`char`
 * unit; the reply's `surface` says how much of it the word covers).
 */
export function lookupText(line: string, segment: Segment, unit: HoverUnit): string {
  if (unit === 'word') return segment.text.slice(0, LOOKUP_MAX);
  let end = segment.start;
  for (let n = 0; n < CHAR_LOOKUP_MAX && end < line.length; n++) {
    const char = String.fromCodePoint(line.codePointAt(end)!);
    if (!LETTER.test(char)) break;
    end += char.length;
  }
  return line.slice(segment.start, end);
}

function pushWords(out: Segment[], line: string, from: number, to: number, unit: HoverUnit): void {
  let pos = from;
  while (pos < to) {
    const word = nextWord(line, pos, to, unit === 'word');
    if (!word) {
      pushText(out, line, pos, to);
      return;
    }
    pushText(out, line, pos, word.start);
    out.push({
      kind: 'word',
      text: line.slice(word.start, word.end),
      start: word.start,
      end: word.end,
    });
    pos = word.end;
  }
}

/** The next letter (one code point), or run of letters when `run`, in [pos, to). */
function nextWord(
  line: string,
  pos: number,
  to: number,
  run: boolean,
): { start: number; end: number } | null {
  let start = -1;
  for (let i = pos; i < to;) {
    const char = String.fromCodePoint(line.codePointAt(i)!);
    const letter = LETTER.test(char);
    if (start === -1 && letter) {
      start = i;
      if (!run) return { start, end: i + char.length };
    } else if (start !== -1 && !letter) {
      return { start, end: i };
    }
    i += char.length;
  }
  return start === -1 ? null : { start, end: to };
}

function pushText(out: Segment[], line: string, start: number, end: number): void {
  if (end <= start) return;
  const last = out[out.length - 1];
  if (last?.kind === 'text' && last.end === start) {
    last.text += line.slice(start, end);
    last.end = end;
    return;
  }
  out.push({ kind: 'text', text: line.slice(start, end), start, end });
}
