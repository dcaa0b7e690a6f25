import type { NoteHit, NoteMatcher } from '../types';
import { buildAutomaton } from './automaton';
import { normalize, originalSpan, type Normalized } from './normalize';
import { matchAt, matchRest, type Variant } from './pattern';

/** Finds candidate starts of variants in a normalised line and reports each match's end. */
type Finder = (n: Normalized, found: (start: number, end: number, v: Variant) => void) => void;

function makeMatcher(find: Finder): NoteMatcher {
  return {
    match(line) {
      const n = normalize(line, true);
      const hits: NoteHit[] = [];
      find(n, (at, end, v) => {
        const [start, stop] = originalSpan(n, at, end);
        hits.push({ noteId: v.noteId, start, end: stop });
      });
      if (hits.length < 2) return hits;
      // Sorted, a note's repeated hit (two patterns covering the same text) sits next to itself.
      hits.sort(compareHits);
      return hits.filter((h, i) => i === 0 || compareHits(h, hits[i - 1]!) !== 0);
    },
  };
}

function compareHits(a: NoteHit, b: NoteHit): number {
  return (
    a.start - b.start || a.end - b.end || (a.noteId < b.noteId ? -1 : a.noteId > b.noteId ? 1 : 0)
  );
}

/** Indexed matcher: the first part of every variant goes into one Aho–Corasick automaton. */
export function indexedMatcher(variants: readonly Variant[]): NoteMatcher {
  const automaton = buildAutomaton(variants.map((v) => [v.parts[0]!, v] as const));
  return makeMatcher((n, found) => {
    automaton.search(n.text, (at, v) => {
      const end = matchRest(n, at, v);
      if (end >= 0) found(at, end, v);
    });
  });
}

/** Reference matcher: every variant tried at every position, no index. */
export function naiveMatcher(variants: readonly Variant[]): NoteMatcher {
  return makeMatcher((n, found) => {
    for (const v of variants) {
      for (let at = 0; at < n.text.length; at++) {
        const end = matchAt(n, at, v);
        if (end >= 0) found(at, end, v);
      }
    }
  });
}
