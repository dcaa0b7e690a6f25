import { PatternError } from '../types';
import { normalize } from './normalize';

/**
 * One compiled pattern: its parts in normalised text. A literal has one part; a frame
 * (`一…就`) has several, each following the previous within MAX_GAP characters.
 */
export interface Variant {
  noteId: string;
  parts: readonly string[];
}

/** How far the next part of a frame may start after the end of the previous one. */
export const MAX_GAP = 6;

/** U+2026 (one or more, since Chinese writes …… as its ellipsis) or three ASCII dots. */
const FRAME_SEPARATOR = /\u2026+|\.{3,}/;

/**
 * Compiles one pattern (see README.md). Punctuation, symbols and spaces inside a part are
 * ignored, traditional characters fold to simplified; a trailing ellipsis (`一…就…`) is allowed.
 */
export function compilePattern(noteId: string, pattern: string): Variant {
  const pieces = pattern.split(FRAME_SEPARATOR);
  if (pieces.length > 1 && pieces.at(-1)!.trim() === '') pieces.pop();
  const parts = pieces.map((p) => normalize(p, true).text);
  if (parts.length > 1 && parts[0] === '') {
    throw new PatternError(noteId, pattern, 'a frame must start with text, not an ellipsis');
  }
  if (parts.some((p) => p === '')) {
    throw new PatternError(
      noteId,
      pattern,
      parts.length > 1
        ? 'every part of a frame needs a character that is not punctuation or a space'
        : 'nothing to match once punctuation and spaces are ignored',
    );
  }
  return { noteId, parts };
}

/**
 * Where variant `v` matches at `at` of the normalised `text`: the end of the match, or -1.
 * Each later part of a frame is taken at its nearest occurrence. Shared by both matchers so
 * they give the same hits.
 */
export function matchAt(text: string, at: number, v: Variant): number {
  const first = v.parts[0]!;
  if (!text.startsWith(first, at)) return -1;
  return matchRest(text, at + first.length, v);
}

/** The rest of a frame after its first part ended at `end`; `end` itself for a literal. */
export function matchRest(text: string, end: number, v: Variant): number {
  for (let k = 1; k < v.parts.length; k++) {
    const part = v.parts[k]!;
    const found = text.indexOf(part, end);
    if (found < 0 || codePoints(text, end, found) > MAX_GAP) return -1;
    end = found + part.length;
  }
  return end;
}

function codePoints(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) n++;
  }
  return n;
}
