import { LANGUAGES, type Language } from '../notes/constants';
import type { HoverUnit } from './segment';

/** Hover units per language: Korean separates words with spaces, Chinese and Japanese do not. */
export const HOVER_UNIT: Record<Language, HoverUnit> = { ko: 'word', zh: 'char', ja: 'char' };

export const LANGUAGE_NAMES: Record<Language, string> = {
  ko: 'Korean',
  zh: 'Chinese',
  ja: 'Japanese',
};

const TAG_PREFIXES: Record<string, Language> = {
  ko: 'ko',
  kor: 'ko',
  zh: 'zh',
  zho: 'zh',
  chi: 'zh',
  cmn: 'zh',
  yue: 'zh',
  ja: 'ja',
  jpn: 'ja',
};

/** The Nunchi language a BCP 47 tag (a track's srclang: `ko`, `ko-KR`, `zh-Hant`, `jpn`) names. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return TAG_PREFIXES[primary] ?? null;
}

/** Anything that can score text for a language (the engines' `scriptScore`). */
export type ScriptScorer = (text: string) => number;

/**
 * Guesses the language of some lines from each engine's script score. Needs a clear winner:
 * at least `minScore` and ahead of the runner-up, because Japanese lines can be all kanji and
 * a wrong guess would mark a line with another language's notes. Null when unsure.
 */
export function guessLanguage(
  sample: readonly string[],
  scorers: Partial<Record<Language, ScriptScorer>>,
  minScore = 0.3,
): Language | null {
  const text = sample.join('\n');
  if (!text.trim()) return null;
  const scores = LANGUAGES.flatMap((lang) => {
    const score = scorers[lang];
    return score ? [{ lang, score: score(text) }] : [];
  }).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < minScore) return null;
  if (second && best.score - second.score < 0.1) return null;
  return best.lang;
}
