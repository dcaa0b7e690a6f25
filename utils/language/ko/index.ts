import type { LanguageEngine, Span } from '../types';
import { lookupCandidates } from './deinflect';
import { isHangul } from './hangul';
import { indexedMatcher, naiveMatcher } from './matcher';
import { romanize } from './romanize';
import { tokenize } from './tokenize';

/** The eojeol (punctuation trimmed) containing `offset`, or null on space or punctuation. */
function lookupSpan(line: string, offset: number): Span | null {
  for (const token of tokenize(line)) {
    if (offset >= token.start && offset < token.end) return { start: token.start, end: token.end };
  }
  return null;
}

/** Share of Hangul among the letters of `text`. */
function scriptScore(text: string): number {
  let letters = 0;
  let hangul = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (isHangul(ch)) hangul++;
  }
  return letters === 0 ? 0 : hangul / letters;
}

export const koreanEngine: LanguageEngine = {
  code: 'ko',
  compile: indexedMatcher,
  compileNaive: naiveMatcher,
  lookupSpan,
  lookupCandidates,
  romanize,
  scriptScore,
  foldForContext: (text) => text.normalize('NFC'),
};
