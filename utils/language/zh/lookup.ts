import type { LookupCandidate, Span } from '../types';
import { simplifiedSpelling } from './normalize';

/** A hover reads at most this many characters ahead: longer than any everyday word or chengyu. */
export const MAX_LOOKUP = 12;

/** Characters a word is made of: Han (any plane), 〇, and Latin letters or digits (AA制, T恤). */
const WORD_CHAR = /^[\p{Script=Han}〇A-Za-z0-9Ａ-Ｚａ-ｚ０-９]$/u;

export function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

/** The code point at `offset`, stepping back to the start of a surrogate pair. */
function codePointStart(line: string, offset: number): number {
  const code = line.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff && offset > 0 ? offset - 1 : offset;
}

/** From the hovered character to the end of its run of word characters, at most MAX_LOOKUP. */
export function lookupSpan(line: string, offset: number): Span | null {
  if (offset < 0 || offset >= line.length) return null;
  const start = codePointStart(line, offset);
  let end = start;
  let count = 0;
  while (end < line.length && count < MAX_LOOKUP) {
    const ch = String.fromCodePoint(line.codePointAt(end)!);
    if (!isWordChar(ch)) break;
    end += ch.length;
    count++;
  }
  return end > start ? { start, end } : null;
}

/**
 * Every prefix of `text` up to its first punctuation or space, longest first, as the simplified lemma the dictionary is keyed by and,
 * when the text is written differently (traditional, full-width), as written: the dictionary
 * lists traditional spellings as variants, and a character that folds two ways (乾隆) is only
 * found as written.
 */
export function lookupCandidates(text: string): LookupCandidate[] {
  const chars = Array.from(text).slice(0, MAX_LOOKUP);
  // A word ends at the first punctuation mark or space.
  const stop = chars.findIndex((ch) => !isWordChar(ch));
  if (stop >= 0) chars.length = stop;
  const out: LookupCandidate[] = [];
  for (let n = chars.length; n > 0; n--) {
    const surface = chars.slice(0, n).join('');
    const lemma = simplifiedSpelling(surface);
    out.push({ surface, lemma, reasons: [] });
    if (lemma !== surface) out.push({ surface, lemma: surface, reasons: [] });
  }
  return out;
}
