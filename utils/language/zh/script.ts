const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;
/** Kana and Hangul: a line with them is Japanese or Korean, whatever its Han characters. */
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Share of the letters that are Han characters, cut by three times the share of kana and
 * Hangul: Japanese runs 30–60 % kana, so its lines fall to 0, while a Chinese line with one
 * borrowed の (我の天) keeps most of its score. Digits, spaces and punctuation do not count.
 */
export function scriptScore(text: string): number {
  let han = 0;
  let foreign = 0;
  let letters = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (KANA_HANGUL.test(ch)) foreign++;
    else if (!LETTER.test(ch)) continue;
    letters++;
  }
  if (!letters) return 0;
  return (han / letters) * Math.max(0, 1 - (3 * foreign) / letters);
}
