import type { NoteHit, NoteMatcher } from '../types';
import { deinflect, type Deinflection } from './deinflect';
import { CLIPPED } from './rules';
import { isKana, isSmallY } from './kana';
import { stretchesFit } from './long-vowels';
import { normalize, originalSpan, type Normalized } from './normalize';
import { isPause, MATCH_NORMALIZATION, type Variant } from './pattern';
import { followsName } from './suffix';

/** Kana after the fixed part worth reading as an ending (食べ + させられたくなかった is 10). */
const MAX_ENDING = 12;
/** Deinflections are cached per matcher; the cache is dropped when it grows past this. */
const CACHE_LIMIT = 20_000;

/**
 * Finds one variant at one position of a normalised line: the end of the longest valid
 * match, or -1. Shared by the indexed and the naive matcher so both give the same hits.
 */
function matchAt(
  n: Normalized,
  at: number,
  v: Variant,
  deinflectCached: (s: string) => Deinflection[],
): number {
  const { text } = n;
  let end: number;
  let positions: number[] | null = null;
  if (text.startsWith(v.fixed, at)) {
    end = at + v.fixed.length;
  } else {
    positions = fixedAcrossPauses(text, at, v.fixed);
    if (!positions) return -1;
    end = positions[positions.length - 1]! + 1;
  }
  if (v.stretches.length > 0 && !stretchesFit(v.stretches, at, positions, n.dropped, n.spelled)) {
    return -1;
  }
  if (!v.lemmas) return splitsSyllable(text, end) ? -1 : end;
  let run = 0;
  while (run < MAX_ENDING && end + run < text.length && isKana(text[end + run]!)) run++;
  for (let k = run; k >= 0; k--) {
    if (splitsSyllable(text, end + k)) continue;
    const word = v.fixed + text.slice(end, end + k);
    if (v.lemmas.includes(word)) return end + k;
    for (const d of deinflectCached(word)) {
      if ((d.classes & v.classes) === 0 || !v.lemmas.includes(d.text)) continue;
      // A っ kept in the line has kana after it (言って): never the clipped exclamation.
      if (clippedReading(d)) continue;
      if (bareStem(d, word) && end + k < text.length && isKana(text[end + k]!)) continue;
      return end + k;
    }
    // The line closed the word with a small っ, dropped by the normaliser: キモっ, 痛っ！
    if (n.clipped.length > 0 && n.clipped.includes(end + k)) {
      for (const d of deinflectCached(word + 'っ')) {
        if (d.steps !== 1 || !clippedReading(d) || (d.classes & v.classes) === 0) continue;
        if (v.lemmas.includes(d.text)) return end + k;
      }
    }
  }
  return -1;
}

/** The adjective stem + っ exclamation (キモっ → キモい) as the last step out from the lemma. */
/**
 * Whether a match ending at `end` would cut a syllable in two: a small ゃ/ゅ/ょ there belongs
 * to the kana before it, so まじ is not in このままじゃ and いらし not in きらしょう.
 */
function splitsSyllable(text: string, end: number): boolean {
  return end < text.length && isSmallY(text[end]!);
}

function clippedReading(d: Deinflection): boolean {
  return d.reasons[d.reasons.length - 1] === CLIPPED;
}

/** A pause may fall inside a fixed part only with this many of its characters on each side. */
const MIN_SIDE = 2;

/**
 * Where each character of `fixed` lies in `text` when the fixed part starts at `at` and the
 * line pauses inside it (お前はもう……死んでいる, 海賊王に、俺はなる！, 黙れ！小僧): a run of
 * isPause characters between two of its characters is passed over, provided at least
 * MIN_SIDE characters of the fixed part stand on each side of it, so a short word is not
 * pieced together from two (ごめん、つい is not めんつ). Null when it does not fit.
 */
function fixedAcrossPauses(text: string, at: number, fixed: string): number[] | null {
  if (fixed.length < 2 * MIN_SIDE || text.charCodeAt(at) !== fixed.charCodeAt(0)) return null;
  const positions = [at];
  let j = at + 1;
  for (let i = 1; i < fixed.length; i++) {
    if (isPause(text.charCodeAt(j))) {
      if (i < MIN_SIDE || fixed.length - i < MIN_SIDE) return null;
      while (j < text.length && isPause(text.charCodeAt(j))) j++;
    }
    if (text.charCodeAt(j) !== fixed.charCodeAt(i)) return null;
    positions.push(j++);
  }
  return positions;
}

/**
 * The continuative of an ichidan verb (and of 来る written 来) is its bare stem: キレ, 食べ. On
 * its own it closes a clause (キレ、泣き), but before kana it is only the start of another word
 * (きれいな is not キレる), and every ending that does follow it (ます, ない, た…) is read as such.
 */
function bareStem(d: Deinflection, word: string): boolean {
  return d.steps === 1 && d.text.length === word.length + 1 && d.reasons[0] === 'continuative';
}

function cachedDeinflector(): (s: string) => Deinflection[] {
  const cache = new Map<string, Deinflection[]>();
  return (s) => {
    let result = cache.get(s);
    if (!result) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      result = deinflect(s);
      cache.set(s, result);
    }
    return result;
  };
}

type Finder = (text: string, found: (at: number, v: Variant) => void) => void;

function makeMatcher(find: Finder): NoteMatcher {
  const deinflectCached = cachedDeinflector();
  return {
    match(line) {
      const n = normalize(line, MATCH_NORMALIZATION);
      const seen = new Set<string>();
      const hits: NoteHit[] = [];
      find(n.text, (at, v) => {
        const end = matchAt(n, at, v, deinflectCached);
        if (end < 0 || (v.suffix && !followsName(line, n, at, end))) return;
        const [start, spanEnd] = originalSpan(n, at, end);
        // A long-vowel mark dropped right after the match belongs to its last syllable
        // (ありがとーございます: the hit is ありがとー).
        // So does a small っ that closed it (キモっ, うるさいっ).
        const clip = n.clipped.indexOf(end);
        const stop =
          clip >= 0
            ? n.clippedEnd[clip]!
            : n.from && n.dropped.includes(end)
              ? n.from[end]!
              : spanEnd;
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

/**
 * Indexed matcher: variants are filed under the first two characters of their fixed part
 * (one character when that is all there is), so each position of a line costs two map
 * lookups however many notes are loaded.
 */
export function indexedMatcher(variants: readonly Variant[]): NoteMatcher {
  // Keys are the UTF-16 codes packed into one number: no string is built per position.
  const byTwo = new Map<number, Variant[]>();
  const byOne = new Map<number, Variant[]>();
  for (const v of variants) {
    const two = v.fixed.length >= 2;
    const map = two ? byTwo : byOne;
    const key = two
      ? v.fixed.charCodeAt(0) * 0x10000 + v.fixed.charCodeAt(1)
      : v.fixed.charCodeAt(0);
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  }
  return makeMatcher((text, found) => {
    for (let at = 0; at < text.length; at++) {
      // The second character of a fixed part may lie past a pause (お、前).
      let second = at + 1;
      while (second < text.length && isPause(text.charCodeAt(second))) second++;
      const two =
        second < text.length
          ? byTwo.get(text.charCodeAt(at) * 0x10000 + text.charCodeAt(second))
          : undefined;
      if (two) for (const v of two) found(at, v);
      if (byOne.size) {
        const one = byOne.get(text.charCodeAt(at));
        if (one) for (const v of one) found(at, v);
      }
    }
  });
}

/** Reference matcher: every variant tried at every position, no index. */
export function naiveMatcher(variants: readonly Variant[]): NoteMatcher {
  return makeMatcher((text, found) => {
    for (const v of variants) {
      for (let at = 0; at < text.length; at++) found(at, v);
    }
  });
}
