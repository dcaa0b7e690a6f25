import { isKana, isKanji } from './kana';

/** Letters of any script count toward the total; digits, spaces and punctuation do not. */
const LETTER = /\p{L}/u;

/**
 * Share of the letters that are kana or kanji. Kana are what tell Japanese from Chinese: a line
 * of kanji alone (四字熟語, names) could be either, so it gets half the weight.
 */
export function scriptScore(text: string): number {
  let kana = 0;
  let kanji = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch === 'ー' || ch === '々') continue;
    if (isKana(ch)) kana++;
    else if (isKanji(ch)) kanji++;
    else if (!LETTER.test(ch)) continue;
    letters++;
  }
  if (!letters) return 0;
  const share = (kana + kanji) / letters;
  return kana > 0 ? share : share / 2;
}
