import type { LookupCandidate, Span } from '../types';
import { C, posTags } from './classes';
import { deinflect } from './deinflect';
import { hasKatakana, isJapaneseLetter, toHiragana } from './kana';
import { normalize, originalSpan } from './normalize';
import { CLIPPED } from './rules';

/** A hover looks at most this far ahead (UTF-16 units): long enough for 食べさせられたくなかった. */
const MAX_SPAN = 16;

export function lookupSpan(line: string, offset: number): Span | null {
  if (offset < 0 || offset >= line.length) return null;
  let start = offset;
  // Never start on the low half of a surrogate pair.
  if (/[\udc00-\udfff]/.test(line[start]!) && start > 0) start--;
  if (!isJapaneseLetter(line[start]!)) return null;
  let end = start;
  while (end < line.length && end - start < MAX_SPAN && isJapaneseLetter(line[end]!)) end++;
  // Keep a surrogate pair whole at the cut.
  if (end < line.length && /[\udc00-\udfff]/.test(line[end]!)) end--;
  return end > start ? { start, end } : null;
}

/** Lookup keeps katakana (ラーメン is not らめん) and spaces, but reads speech spellings. */
const LOOKUP_NORMALIZATION = { foldKana: false, dropSpaces: false };

/**
 * Every prefix of `text`, longest first; for each, the prefix itself and then every
 * deinflection of it, fewest steps first. A する verb built on a noun (勉強した → 勉強する)
 * also offers the noun, since the dictionary lists 勉強 (vs) rather than 勉強する.
 */
export function lookupCandidates(text: string): LookupCandidate[] {
  const n = normalize(text, LOOKUP_NORMALIZATION);
  const out: LookupCandidate[] = [];
  const index = new Map<string, LookupCandidate>();
  const add = (c: LookupCandidate) => {
    const key = `${c.surface}\u0000${c.lemma}\u0000${c.reasons.join('/')}`;
    const same = index.get(key);
    if (!same) {
      index.set(key, c);
      out.push(c);
    } else if (same.pos && c.pos) {
      same.pos = [...new Set([...same.pos, ...c.pos])];
    } else {
      same.pos = undefined;
    }
  };

  for (let len = n.text.length; len > 0; len--) {
    const prefix = n.text.slice(0, len);
    if (/\s/u.test(prefix.slice(-1))) continue;
    const surface = text.slice(0, originalSpan(n, 0, len)[1]);
    const spellings = hasKatakana(prefix) ? [prefix, toHiragana(prefix)] : [prefix];
    // The prefix closed by a small っ that normalising dropped: キモっ → キモい, 痛っ → 痛い.
    // Its surface runs on over the っ, so it comes first.
    const clip = n.clipped.indexOf(len);
    if (clip >= 0) {
      const clippedSurface = text.slice(0, n.clippedEnd[clip]);
      for (const word of spellings) {
        for (const d of deinflect(word + 'っ')) {
          if (d.steps !== 1 || d.reasons[0] !== CLIPPED) continue;
          add({
            surface: clippedSurface,
            lemma: d.text,
            reasons: [...d.reasons],
            pos: posTags(d.classes),
          });
        }
      }
    }
    for (const word of spellings) add({ surface, lemma: word, reasons: [] });
    for (const word of spellings) {
      for (const d of deinflect(word)) {
        // A っ still in the text has kana after it (行って): not the clipped exclamation.
        if (d.reasons[d.reasons.length - 1] === CLIPPED) continue;
        add({ surface, lemma: d.text, reasons: [...d.reasons], pos: posTags(d.classes) });
        if (d.classes & C.vs && d.text.length > 2 && d.text.endsWith('する'))
          add({ surface, lemma: d.text.slice(0, -2), reasons: [...d.reasons], pos: ['vs'] });
      }
    }
  }
  return out;
}
