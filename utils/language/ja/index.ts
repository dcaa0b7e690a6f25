import { notePatterns } from '../../notes/patterns';
import type { Note } from '../../notes/schema';
import type { LanguageEngine } from '../types';
import { lookupCandidates, lookupSpan } from './lookup';
import { indexedMatcher, naiveMatcher } from './matcher';
import { compilePattern, type Variant } from './pattern';
import { romanize } from './romanize';
import { scriptScore } from './script';

function variantsOf(notes: readonly Note[]): Variant[] {
  return notes.flatMap((note) => notePatterns(note).flatMap((p) => compilePattern(note.id, p)));
}

export const japaneseEngine: LanguageEngine = {
  code: 'ja',
  compile: (notes) => indexedMatcher(variantsOf(notes)),
  compileNaive: (notes) => naiveMatcher(variantsOf(notes)),
  lookupSpan,
  lookupCandidates,
  romanize,
  scriptScore,
  // Width only: writers rely on the kana script in context rules (ガチ the slang vs 〜がち
  // "tends to"), and on elongation marks being kept (先生ー as a call).
  foldForContext: (text) => text.normalize('NFKC'),
};
