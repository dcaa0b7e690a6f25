import { PatternError } from '../types';
import { normalize, type Normalized } from './normalize';

/**
 * One compiled pattern: its parts in normalised text. A literal has one part; a frame
 * (`一…就`) has several, each following the previous within MAX_GAP characters. The edge
 * conditions (`^`, `$`, `!`/`+` neighbour words; see README.md) are checked around the whole match.
 */
export interface Variant {
  noteId: string;
  parts: readonly string[];
  /** `^`: the match starts the line or follows punctuation, a symbol or a space. */
  startsWord: boolean;
  /** `$`: the match ends the line or punctuation, a symbol or a space follows it. */
  endsWord: boolean;
  /** Leading words: what the normalised text right before the match may and may not end with. */
  before: Neighbours;
  /** Trailing words: what the normalised text right after the match may and may not start with. */
  after: Neighbours;
}

/** `+X` words: one of them must be there (none listed: no demand); `!X` words: none may. */
export interface Neighbours {
  any: readonly string[];
  none: readonly string[];
}

/** How far the next part of a frame may start after the end of the previous one. */
export const MAX_GAP = 6;

/** U+2026 (one or more, since Chinese writes …… as its ellipsis) or three ASCII dots. */
const FRAME_SEPARATOR = /\u2026+|\.{3,}/;

/**
 * A neighbour word: ASCII `!` or `+` then text, standing apart by spaces. `!` or `+` alone or
 * before punctuation only (`好 !!`) is ordinary punctuation, ignored as before.
 */
function neighbourWord(word: string): { kind: keyof Neighbours; text: string } | null {
  const kind = word.startsWith('!') ? 'none' : word.startsWith('+') ? 'any' : null;
  if (!kind) return null;
  const text = normalize(word.slice(1), true).text;
  return text === '' ? null : { kind, text };
}

/**
 * Compiles one pattern (see README.md). Punctuation, symbols and spaces inside a part are
 * ignored, traditional characters fold to simplified; a trailing ellipsis (`一…就…`) is allowed.
 */
export function compilePattern(noteId: string, pattern: string): Variant {
  const fail = (reason: string) => new PatternError(noteId, pattern, reason);
  const words = pattern.trim().split(/\s+/);
  const before = { any: [] as string[], none: [] as string[] };
  const after = { any: [] as string[], none: [] as string[] };
  let word: ReturnType<typeof neighbourWord>;
  while (words.length > 0 && (word = neighbourWord(words[0]!))) {
    before[word.kind].push(word.text);
    words.shift();
  }
  while (words.length > 0 && (word = neighbourWord(words.at(-1)!))) {
    after[word.kind].unshift(word.text);
    words.pop();
  }
  if (words.some((w) => neighbourWord(w) !== null)) {
    throw fail('`!` and `+` words go before or after the expression, not inside it');
  }
  let body = words.join(' ');
  const startsWord = body.startsWith('^');
  const endsWord = body.endsWith('$') && body.length > 1;
  body = body.slice(startsWord ? 1 : 0, endsWord ? -1 : undefined);
  if (/[$^]/.test(body)) throw fail('`^` may only start the pattern and `$` only end it');

  const pieces = body.split(FRAME_SEPARATOR);
  if (pieces.length > 1 && pieces.at(-1)!.trim() === '') pieces.pop();
  const parts = pieces.map((p) => normalize(p, true).text);
  if (parts.length > 1 && parts[0] === '') {
    throw fail('a frame must start with text, not an ellipsis');
  }
  if (parts.some((p) => p === '')) {
    throw fail(
      parts.length > 1
        ? 'every part of a frame needs a character that is not punctuation or a space'
        : 'nothing to match once punctuation and spaces are ignored',
    );
  }
  return { noteId, parts, startsWord, endsWord, before, after };
}

/**
 * Where variant `v` matches at `at` of the normalised line: the end of the match, or -1.
 * Each later part of a frame is taken at its nearest occurrence. Shared by both matchers so
 * they give the same hits.
 */
export function matchAt(n: Normalized, at: number, v: Variant): number {
  if (!n.text.startsWith(v.parts[0]!, at)) return -1;
  return matchRest(n, at, v);
}

/**
 * The rest of a match whose first part starts at `at`: later frame parts, then the edge
 * conditions. The end of the match, or -1.
 */
export function matchRest(n: Normalized, at: number, v: Variant): number {
  const { text } = n;
  let end = at + v.parts[0]!.length;
  for (let k = 1; k < v.parts.length; k++) {
    const part = v.parts[k]!;
    const found = text.indexOf(part, end);
    if (found < 0 || codePoints(text, end, found) > MAX_GAP) return -1;
    end = found + part.length;
  }
  if (v.startsWord && !isBreak(n, at)) return -1;
  if (v.endsWord && !isBreak(n, end)) return -1;
  const { before, after } = v;
  if (before.none.some((w) => text.endsWith(w, at))) return -1;
  if (before.any.length > 0 && !before.any.some((w) => text.endsWith(w, at))) return -1;
  if (after.none.some((w) => text.startsWith(w, end))) return -1;
  if (after.any.length > 0 && !after.any.some((w) => text.startsWith(w, end))) return -1;
  return end;
}

/**
 * True when position `i` of the normalised text is the start or end of the line, or when
 * punctuation, symbols or spaces were dropped between the characters on either side of it
 * (their original offsets are not contiguous).
 */
function isBreak(n: Normalized, i: number): boolean {
  if (i === 0 || i === n.text.length) return true;
  return n.from !== null && n.to !== null && n.from[i]! > n.to[i - 1]!;
}

function codePoints(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) n++;
  }
  return n;
}
