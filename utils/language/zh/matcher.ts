import type { NoteHit, NoteMatcher } from '../types';
import { buildAutomaton } from './automaton';
import { normalize, originalSpan } from './normalize';
import { matchAt, matchRest, type Variant } from './pattern';

/** Finds candidate starts of variants in a normalised line and reports each match's end. */
type Finder = (text: string, found: (start: number, end: number, v: Variant) => void) => void;

function makeMatcher(find: Finder): NoteMatcher {
  return {
    match(line) {
      const n = normalize(line, true);
      const seen = new Set<string>();
      const hits: NoteHit[] = [];
      find(n.text, (at, end, v) => {
        const [start, stop] = originalSpan(n, at, end);
        const key = `${v.noteId}\u0000${start}\u0000${stop}`;
        if (seen.has(key)) return;
        seen.add(key);
        hits.push({ noteId: v.noteId, start, end: stop });
      });
      return hits.sort(
        (a, b) => a.start - b.start || a.end - b.end || a.noteId.localeCompare(b.noteId),
      );
    },
  };
}

/** Indexed matcher: the first part of every variant goes into one Aho–Corasick automaton. */
export function indexedMatcher(variants: readonly Variant[]): NoteMatcher {
  const automaton = buildAutomaton(variants.map((v) => [v.parts[0]!, v] as const));
  return makeMatcher((text, found) => {
    automaton.search(text, (at, v) => {
      const end = matchRest(text, at + v.parts[0]!.length, v);
      if (end >= 0) found(at, end, v);
    });
  });
}

/** Reference matcher: every variant tried at every position, no index. */
export function naiveMatcher(variants: readonly Variant[]): NoteMatcher {
  return makeMatcher((text, found) => {
    for (const v of variants) {
      for (let at = 0; at < text.length; at++) {
        const end = matchAt(text, at, v);
        if (end >= 0) found(at, end, v);
      }
    }
  });
}
