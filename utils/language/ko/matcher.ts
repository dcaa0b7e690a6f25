import { notePatterns } from '../../notes/patterns';
import type { Note } from '../../notes/schema';
import type { NoteHit, NoteMatcher } from '../types';
import { GAP_WORDS, MAX_GAP } from './gap-words';
import { isConsonantCode, isVowelCode } from './hangul';
import { KEY_LENGTH, compilePattern, elementEnds, headCode, type CompiledPattern } from './pattern';
import { Trie, type TrieNode } from './trie';
import { tokenize, type Token } from './tokenize';

function compileNotes(notes: readonly Note[]): CompiledPattern[] {
  return notes.flatMap((n) => notePatterns(n).map((p) => compilePattern(n.id, p)));
}

/**
 * Indexed matcher: patterns are bucketed by the first jamo of their first word, so a token
 * only tries the few patterns that can start with it.
 */
export function indexedMatcher(notes: readonly Note[]): NoteMatcher {
  const patterns = compileNotes(notes);
  const index = new Trie<number>();
  patterns.forEach((pattern, i) => {
    for (const key of pattern.elements[0]!.keys) index.add(key, i);
  });
  // Which token last tried each pattern, so a pattern under two matching keys runs once.
  const triedAt = new Int32Array(patterns.length).fill(-1);
  let stamp = 0;
  return {
    match(line) {
      const tokens = tokenize(line, true);
      const hits = new Hits();
      let heads: Set<number> | null = null;
      for (let i = 0; i < tokens.length; i++) {
        stamp++;
        // Walk the key trie along the token and, for a first word that may run on into the
        // next eojeol (한턱 냈어 for 한턱내다), along the next token too.
        const t = tokens[i]!.jamo;
        const next = tokens[i + 1];
        const more = next?.spaced && !next.broken ? next.jamo : '';
        let node: TrieNode<number> | undefined = index.root;
        for (let n = 0; node && n <= KEY_LENGTH; n++) {
          for (const p of node.items) {
            if (triedAt[p] === stamp) continue;
            triedAt[p] = stamp;
            const pattern = patterns[p]!;
            if (pattern.elements.length > 1) {
              heads ??= lineHeads(tokens);
              if (!laterWordsPossible(pattern, heads)) continue;
            }
            matchFrom(pattern, tokens, i, 0, i, 0, hits);
          }
          const ch = n < t.length ? t.charCodeAt(n) : more.charCodeAt(n - t.length);
          node = Number.isNaN(ch) ? undefined : node.next.get(ch);
        }
      }
      return hits.list;
    },
  };
}

/**
 * Every place a pattern word can start is a token start or a syllable inside a token, so a
 * word none of whose syllable heads occurs in the line cannot match: this rules out most
 * multi-word patterns whose first word is common (한, 이, 그) before any parsing.
 */
function lineHeads(tokens: readonly Token[]): Set<number> {
  const heads = new Set<number>();
  for (const { jamo } of tokens) {
    if (jamo.length >= 2) heads.add(headCode(jamo));
    for (let i = 1; i + 1 < jamo.length; i++) {
      if (isVowelCode(jamo.charCodeAt(i + 1)) && isConsonantCode(jamo.charCodeAt(i))) {
        heads.add(headCode(jamo, i));
      }
    }
  }
  return heads;
}

function laterWordsPossible(pattern: CompiledPattern, heads: Set<number>): boolean {
  const { elements } = pattern;
  for (let k = 1; k < elements.length; k++) {
    const wanted = elements[k]!.heads;
    if (wanted.length === 0) continue;
    let found = false;
    for (let h = 0; h < wanted.length && !found; h++) found = heads.has(wanted[h]!);
    if (!found) return false;
  }
  return true;
}

/** Reference matcher: every pattern at every token, no index. */
export function naiveMatcher(notes: readonly Note[]): NoteMatcher {
  const patterns = compileNotes(notes);
  return {
    match(line) {
      const tokens = tokenize(line, true);
      const hits = new Hits();
      for (let i = 0; i < tokens.length; i++) {
        for (const pattern of patterns) matchFrom(pattern, tokens, i, 0, i, 0, hits);
      }
      return hits.list;
    },
  };
}

class Hits {
  readonly list: NoteHit[] = [];
  add(noteId: string, start: number, end: number): void {
    // Few hits per line: a linear check beats building a set for every line.
    for (const h of this.list)
      if (h.noteId === noteId && h.start === start && h.end === end) return;
    this.list.push({ noteId, start, end });
  }
}

/** True when offset `q` of `t` starts a syllable, so another pattern word may begin there. */
function startsSyllable(t: string, q: number): boolean {
  return isConsonantCode(t.charCodeAt(q)) && isVowelCode(t.charCodeAt(q + 1));
}

/**
 * Matches word `k` of `pattern` from jamo `offset` of token `at` (the pattern began at token
 * `first`). A word may end inside an eojeol when the next word continues there (spacing
 * omitted: 한턱냈어 for `한턱 내다`) or run on into the next eojeol (spacing added: 한턱 냈어
 * for `한턱내다`), but only when that space falls inside the word's fixed part.
 */
function matchFrom(
  pattern: CompiledPattern,
  tokens: Token[],
  first: number,
  k: number,
  at: number,
  offset: number,
  hits: Hits,
): void {
  const el = pattern.elements[k]!;
  const t = tokens[at]!.jamo;
  const next = tokens[at + 1];
  const left = t.length - offset;
  const runOn = next?.spaced === true && !next.broken && left > 0 && left < el.core;
  // Cheap rejection of later words: every match starts with the word's common prefix. (For the
  // first word the index does this; the naive matcher deliberately filters nothing.)
  if (k > 0 && !t.startsWith(el.prefix, offset)) {
    if (!runOn || !(t.slice(offset) + next.jamo).startsWith(el.prefix)) return;
  }
  elementEnds(el, t, offset, (end) => {
    if (end === t.length || !contracted(el, t, offset, end)) {
      continueAfter(pattern, tokens, first, k, at, end, hits);
    }
    return false;
  });
  if (runOn) {
    elementEnds(el, t + next.jamo, offset, (end) => {
      if (end > t.length) continueAfter(pattern, tokens, first, k, at + 1, end - t.length, hits);
      return false;
    });
  }
}

/**
 * True when a noun word ends at `end` with a contracted particle (ㄴ for 는, ㄹ for 를: 난, 날).
 * Another pattern word never follows one inside the same eojeol: 인간 "human" is not
 * 이 + ㄴ + 간 of `이를 갈다`.
 */
function contracted(el: CompiledPattern['elements'][number], t: string, p: number, end: number) {
  if (el.kind === 'pred' || end - 1 <= p) return false;
  const last = t[end - 1];
  if (last !== 'ㄴ' && last !== 'ㄹ') return false;
  return elementEnds(el, t, p, (e) => e === end - 1);
}

/** After word `k` ended at `end` in token `at`: record a hit or move on to word k + 1. */
function continueAfter(
  pattern: CompiledPattern,
  tokens: Token[],
  first: number,
  k: number,
  at: number,
  end: number,
  hits: Hits,
): void {
  const t = tokens[at]!.jamo;
  if (k === pattern.elements.length - 1) {
    if (end === t.length && (pattern.not.length === 0 || !excluded(pattern, tokens, first))) {
      hits.add(pattern.noteId, tokens[first]!.start, tokens[at]!.end);
    }
    return;
  }
  const glue = pattern.elements[k + 1]!.glue;
  if (glue !== undefined) {
    // The next piece of a word written with punctuation inside (6·25): the very next token.
    if (end === t.length && tokens[at + 1]?.sep === glue) {
      matchFrom(pattern, tokens, first, k + 1, at + 1, 0, hits);
    }
    return;
  }
  if (end < t.length) {
    if (startsSyllable(t, end)) matchFrom(pattern, tokens, first, k + 1, at, end, hits);
    return;
  }
  // The next word, or up to MAX_GAP adverbs/negators before it (눈이 너무 높아), within the sentence.
  for (let j = at + 1; j < tokens.length && j <= at + 1 + MAX_GAP; j++) {
    if (tokens[j]!.broken) break;
    matchFrom(pattern, tokens, first, k + 1, j, 0, hits);
    if (!GAP_WORDS.has(tokens[j]!.text)) break;
  }
}

/**
 * True when a `!` word of the pattern fills the eojeol before the match (or the one before up
 * to MAX_GAP gap words: 편을 너무 드시네), within the sentence.
 */
function excluded(pattern: CompiledPattern, tokens: Token[], first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 1 - MAX_GAP; j--) {
    if (tokens[j + 1]!.broken) return false;
    const t = tokens[j]!.jamo;
    for (const el of pattern.not) {
      if (elementEnds(el, t, 0, (end) => end === t.length)) return true;
    }
    if (!GAP_WORDS.has(tokens[j]!.text)) return false;
  }
  return false;
}
