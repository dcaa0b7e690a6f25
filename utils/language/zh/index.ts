import { notePatterns } from '../../notes/patterns';
import type { Note } from '../../notes/schema';
import type { LanguageEngine } from '../types';
import { lookupCandidates, lookupSpan } from './lookup';
import { indexedMatcher, naiveMatcher } from './matcher';
import { compilePattern, type Variant } from './pattern';
import { normalize } from './normalize';
import { romanize } from './romanize';
import { scriptScore } from './script';

export { segment, type Segment } from './segment';

function variantsOf(notes: readonly Note[]): Variant[] {
  return notes.flatMap((note) => notePatterns(note).map((p) => compilePattern(note.id, p)));
}

export const chineseEngine: LanguageEngine = {
  code: 'zh',
  compile: (notes) => indexedMatcher(variantsOf(notes)),
  compileNaive: (notes) => naiveMatcher(variantsOf(notes)),
  lookupSpan,
  lookupCandidates,
  romanize,
  scriptScore,
  foldForContext: (text) => normalize(text, false).text,
};
