import type { Note } from '../../notes/schema';
import type { NoteHit, NoteMatcher } from '../types';
import { GAP_WORDS, MAX_GAP } from './gap-words';
import { isConsonant, isVowel } from './hangul';
import { compilePattern, elementEnds, keyOf, type CompiledPattern, type Element } from './pattern';
import { tokenize, type Token } from './tokenize';

/** The patterns of a note: `match` when given, else its headword and forms. */
export function compileNotes(notes: readonly Note[]): CompiledPattern[] {
  return notes.flatMap((n) =>
    (n.match ?? [n.headword, ...n.forms]).map((p) => compilePattern(n.id, p)),
  );
}

/** Indexed matcher: each token only tries the patterns whose first word can start with it. */
export function indexedMatcher(notes: readonly Note[]): NoteMatcher {
  const byKey = new Map<string, CompiledPattern[]>();
  for (const pattern of compileNotes(notes)) {
    for (const key of pattern.elements[0]!.keys) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(pattern);
    }
  }
  return {
    match(line) {
      const tokens = tokenize(line);
      const hits = new Hits();
      for (let i = 0; i < tokens.length; i++) {
        for (const pattern of byKey.get(keyOf(tokens[i]!.jamo)) ?? [])
          matchAt(pattern, tokens, i, hits);
      }
      return hits.list;
    },
  };
}

/** Reference matcher: every pattern at every token, no index. */
export function naiveMatcher(notes: readonly Note[]): NoteMatcher {
  const patterns = compileNotes(notes);
  return {
    match(line) {
      const tokens = tokenize(line);
      const hits = new Hits();
      for (let i = 0; i < tokens.length; i++) {
        for (const pattern of patterns) matchAt(pattern, tokens, i, hits);
      }
      return hits.list;
    },
  };
}

class Hits {
  readonly list: NoteHit[] = [];
  private readonly seen = new Set<string>();
  add(noteId: string, start: number, end: number): void {
    const key = `${noteId}\u0000${start}\u0000${end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ noteId, start, end });
  }
}

/** A place to continue matching: token index and jamo offset inside it. */
interface Cursor {
  token: number;
  offset: number;
}

/** True when offset `q` of `t` starts a syllable, so another pattern word may begin there. */
function startsSyllable(t: string, q: number): boolean {
  return isConsonant(t[q]) && isVowel(t[q + 1]);
}

/**
 * Tries `pattern` with its first word starting at token `first`. Each pattern word may end
 * inside an eojeol when the next word continues there (spacing omitted: 한턱냈어 for
 * `한턱 내다`) or run on into the next eojeol (spacing added: 한턱 냈어 for `한턱내다`).
 */
function matchAt(pattern: CompiledPattern, tokens: Token[], first: number, hits: Hits): void {
  let cursors: Cursor[] = [{ token: first, offset: 0 }];
  const { elements } = pattern;
  for (let k = 0; k < elements.length && cursors.length > 0; k++) {
    const isLast = k === elements.length - 1;
    const next = new Map<string, Cursor>();
    const push = (c: Cursor) => next.set(`${c.token}:${c.offset}`, c);
    for (const cursor of cursors) {
      for (const end of elementEndsAcross(elements[k]!, tokens, cursor)) {
        const t = tokens[end.token]!.jamo;
        if (isLast) {
          if (end.offset === t.length)
            hits.add(pattern.noteId, tokens[first]!.start, tokens[end.token]!.end);
        } else if (end.offset === t.length) {
          for (const c of afterGap(tokens, end.token)) push(c);
        } else if (startsSyllable(t, end.offset)) {
          push(end);
        }
      }
    }
    cursors = [...next.values()];
  }
}

/** Where the next pattern word may start after token `i`: the next token or past gap words. */
function afterGap(tokens: Token[], i: number): Cursor[] {
  const out: Cursor[] = [];
  for (let j = i + 1; j < tokens.length && j <= i + 1 + MAX_GAP; j++) {
    if (tokens[j]!.broken) break;
    out.push({ token: j, offset: 0 });
    if (!GAP_WORDS.has(tokens[j]!.text)) break;
  }
  return out;
}

function elementEndsAcross(el: Element, tokens: Token[], at: Cursor): Cursor[] {
  const out: Cursor[] = [];
  const t = tokens[at.token]!.jamo;
  elementEnds(el, t, at.offset, (end) => {
    out.push({ token: at.token, offset: end });
    return false;
  });
  // The pattern word written as one (한턱내다) may be split by a space in the line (한턱 냈어):
  // only when the space falls inside the word's fixed part, not between stem and ending.
  const next = tokens[at.token + 1];
  const left = t.length - at.offset;
  if (next?.spaced && !next.broken && left < el.core && left > 0) {
    const joined = t + next.jamo;
    elementEnds(el, joined, at.offset, (end) => {
      if (end > t.length) out.push({ token: at.token + 1, offset: end - t.length });
      return false;
    });
  }
  return out;
}
