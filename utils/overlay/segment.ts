import type { NoteMark } from '../notes/annotate';
import type { Note } from '../notes/schema';

/**
 * How a language's words are hovered:
 * - `word`: each space-delimited token (a Korean eojeol) minus edge punctuation is one unit;
 * - `char`: each letter is a unit and the lookup starts at the hovered character, because
 *   Chinese and Japanese lines have no spaces; the dictionary decides how far the word reaches.
 */
export type HoverUnit = 'word' | 'char';

export type Segment =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'mark'; text: string; start: number; end: number; note: Note }
  | { kind: 'word'; text: string; start: number; end: number };

const LETTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Splits a line into note marks, hoverable words and plain text. Offsets are UTF-16 offsets
 * into `line`, the same ones the annotator and `lookupSpan` use; the segments cover the line
 * exactly, in order, so rendering them one after another reproduces it.
 */
export function segmentLine(line: string, marks: readonly NoteMark[], unit: HoverUnit): Segment[] {
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

function pushWords(out: Segment[], line: string, from: number, to: number, unit: HoverUnit): void {
  let pos = from;
  while (pos < to) {
    const word = unit === 'word' ? nextToken(line, pos, to) : nextLetter(line, pos, to);
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

/** The next space-delimited token in [pos, to), trimmed of punctuation at both ends. */
function nextToken(line: string, pos: number, to: number): { start: number; end: number } | null {
  let start = pos;
  while (start < to) {
    while (start < to && /\s/.test(line[start]!)) start++;
    let end = start;
    while (end < to && !/\s/.test(line[end]!)) end++;
    if (start === end) return null;
    const token = line.slice(start, end);
    const first = token.search(LETTER);
    if (first !== -1) {
      let last = token.length;
      while (last > first && !LETTER.test(codePointBefore(token, last))) {
        last -= codePointBefore(token, last).length;
      }
      return { start: start + first, end: start + last };
    }
    start = end;
  }
  return null;
}

/** The next single letter (one code point) in [pos, to). */
function nextLetter(line: string, pos: number, to: number): { start: number; end: number } | null {
  for (let i = pos; i < to;) {
    const char = String.fromCodePoint(line.codePointAt(i)!);
    if (LETTER.test(char)) return { start: i, end: i + char.length };
    i += char.length;
  }
  return null;
}

function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) return text.slice(end - 2, end);
  return text.slice(end - 1, end);
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
