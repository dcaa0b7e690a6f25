import type { Cue } from '../subtitles/cue';
import type { Language } from '../notes/schema';
import { loadEngine } from '../language/registry';
import type { LanguageEngine } from '../language/types';

export interface LanguageGuess {
  lang: Language;
  /** How far the winner's script score is ahead of the runner-up's, 0–1. */
  confidence: number;
  /** Every engine's script score on the sample, for the popup's explanation. */
  scores: Partial<Record<Language, number>>;
}

export interface DetectOptions {
  candidates?: readonly Language[];
  /** Engine loader; the registry's by default. */
  load?: (code: Language) => Promise<LanguageEngine>;
  /** Cues sampled across the track. */
  sampleSize?: number;
}

/**
 * Below this share of its script, a track is not in that language. Japanese scores lines of
 * kanji alone at half weight, so Chinese text without kana stays under it for Japanese.
 */
const MIN_SCORE = 0.6;
/** A winner this close to the runner-up is a coin toss, not a guess. */
const MIN_MARGIN = 0.2;

/**
 * The language of a track whose tag is missing or unknown, from each engine's `scriptScore`
 * over cues sampled evenly across the track (the opening lines alone may be a song or a
 * title card). Null when no engine's script dominates. An engine that fails to load is left out.
 */
export async function detectTrackLanguage(
  cues: readonly Cue[],
  { candidates = ['ko', 'ja', 'zh'], load = loadEngine, sampleSize = 80 }: DetectOptions = {},
): Promise<LanguageGuess | null> {
  const sample = sampleText(cues, sampleSize);
  if (sample === '') return null;
  const scores: Partial<Record<Language, number>> = {};
  const settled = await Promise.allSettled(candidates.map((code) => load(code)));
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') scores[candidates[i]!] = result.value.scriptScore(sample);
  });
  const ranked = (Object.entries(scores) as [Language, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return null;
  const confidence = best[1] - (second?.[1] ?? 0);
  if (confidence < MIN_MARGIN) return null;
  return { lang: best[0], confidence, scores };
}

/** Text of up to `size` cues spread evenly over the track, one per line. */
export function sampleText(cues: readonly Cue[], size: number): string {
  const withText = cues.filter((c) => c.text.trim() !== '');
  if (withText.length === 0 || size <= 0) return '';
  const step = Math.max(1, withText.length / size);
  const picked: string[] = [];
  for (let i = 0; i < withText.length && picked.length < size; i += step) {
    picked.push(withText[Math.floor(i)]!.text);
  }
  return picked.join('\n');
}
