import type { Language } from '../../utils/notes/schema';
import { HOVER_UNIT } from '../../utils/overlay/language';
import { lookupText, segmentLine } from '../../utils/overlay/segment';

/**
 * Letters a hover in each language starts on for the lookup figures: the language's own script,
 * so every query exercises its dictionary (a Latin word or a number in a subtitle line would be
 * hovered too, but tells nothing about the dictionary).
 */
const SCRIPT: Record<Language, RegExp> = {
  ko: /^\p{Script=Hangul}/u,
  zh: /^\p{Script=Han}/u,
  ja: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
};

/**
 * Every distinct text the overlay would send to `dict.lookup` when each word of `lines` is
 * hovered, in order of first appearance: a Korean eojeol, or for Chinese and Japanese the
 * letters from a hovered character onwards (the overlay's own `segmentLine` + `lookupText`).
 * Note marks are not cut out: a word inside a note would show the note's card instead, but
 * its dictionary lookup costs the same.
 */
export function hoverQueries(lines: readonly string[], lang: Language): string[] {
  const unit = HOVER_UNIT[lang];
  const seen = new Set<string>();
  const queries: string[] = [];
  for (const line of lines) {
    for (const segment of segmentLine(line, [], unit)) {
      if (segment.kind !== 'word') continue;
      // The background caches by NFC text: two spellings of one text would be one lookup.
      const text = lookupText(line, segment, unit).normalize('NFC');
      if (!SCRIPT[lang].test(text) || seen.has(text)) continue;
      seen.add(text);
      queries.push(text);
    }
  }
  return queries;
}

/**
 * `count` items picked from `items` by a seeded shuffle: the same picks on every run, spread
 * over the whole list rather than its first lines. Throws when there are too few.
 */
export function sample<T>(items: readonly T[], count: number, seed = 12345): T[] {
  if (count > items.length) throw new Error(`asked for ${count} of only ${items.length} items`);
  const pool = [...items];
  let state = seed >>> 0;
  // Fisher–Yates over the first `count` places; the LCG in 32-bit integer arithmetic, because
  // its products overflow a double's 53 bits.
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    const j = i + (state % (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
