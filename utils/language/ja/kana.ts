/** Character classes and kana tables shared by the normaliser, deinflector and romaniser. */

export function isHiragana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x3041 && c <= 0x309f;
}

/** Full-width katakana, including ー (U+30FC) and the middle dot's neighbours. */
export function isKatakana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x30a1 && c <= 0x30ff;
}

export function isKana(ch: string): boolean {
  return isHiragana(ch) || isKatakana(ch);
}

/** CJK ideographs (BMP blocks, compatibility block, surrogate halves of the SIP) and 々 〆 ヶ. */
export function isKanji(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd87f) ||
    (c >= 0xdc00 && c <= 0xdfff) ||
    c === 0x3005 ||
    c === 0x3006
  );
}

/** Half-width katakana block (U+FF66–U+FF9F), which NFKC turns into full-width. */
export function isHalfWidthKatakana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xff66 && c <= 0xff9f;
}

/** Any character that belongs to a run of Japanese text a hover lookup may start from. */
export function isJapaneseLetter(ch: string): boolean {
  return isKana(ch) || isKanji(ch) || isHalfWidthKatakana(ch);
}

/** Katakana ァ..ヶ to hiragana ぁ..ゖ; everything else (ー, ・, kanji) unchanged. */
export function toHiragana(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : ch;
  }
  return out;
}

export function hasKatakana(text: string): boolean {
  for (const ch of text) if (isKatakana(ch) && ch !== 'ー') return true;
  return false;
}

/** The gojūon rows by vowel column: a i u e o. Used to derive colloquial vowel changes. */
const COLUMNS: readonly (readonly [string, string, string, string, string])[] = [
  ['あ', 'い', 'う', 'え', 'お'],
  ['か', 'き', 'く', 'け', 'こ'],
  ['が', 'ぎ', 'ぐ', 'げ', 'ご'],
  ['さ', 'し', 'す', 'せ', 'そ'],
  ['ざ', 'じ', 'ず', 'ぜ', 'ぞ'],
  ['た', 'ち', 'つ', 'て', 'と'],
  ['だ', 'ぢ', 'づ', 'で', 'ど'],
  ['な', 'に', 'ぬ', 'ね', 'の'],
  ['は', 'ひ', 'ふ', 'へ', 'ほ'],
  ['ば', 'び', 'ぶ', 'べ', 'ぼ'],
  ['ぱ', 'ぴ', 'ぷ', 'ぺ', 'ぽ'],
  ['ま', 'み', 'む', 'め', 'も'],
  ['ら', 'り', 'る', 'れ', 'ろ'],
  ['ゃ', '', 'ゅ', '', 'ょ'],
  ['や', '', 'ゆ', '', 'よ'],
  ['わ', '', '', '', 'を'],
  ['ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ'],
];

export type Vowel = 'a' | 'i' | 'u' | 'e' | 'o';
const VOWELS: readonly Vowel[] = ['a', 'i', 'u', 'e', 'o'];
const VOWEL_KANA: Record<Vowel, string> = { a: 'あ', i: 'い', u: 'う', e: 'え', o: 'お' };

const vowelOfKana = new Map<string, Vowel>();
const rowOfKana = new Map<string, readonly string[]>();
for (const row of COLUMNS) {
  row.forEach((kana, i) => {
    if (!kana) return;
    vowelOfKana.set(kana, VOWELS[i]!);
    rowOfKana.set(kana, row);
  });
}

/** The vowel a hiragana (or katakana) syllable ends in; undefined for ん, っ and non-kana. */
export function vowelOf(kana: string): Vowel | undefined {
  return vowelOfKana.get(toHiragana(kana));
}

/** The plain vowel kana for a vowel: 'e' → え. Used to spell out an elongation mark. */
export function vowelKana(vowel: Vowel): string {
  return VOWEL_KANA[vowel];
}

/** The same consonant row in another vowel column: (か, 'e') → け; '' when the row lacks it. */
export function shiftVowel(kana: string, vowel: Vowel): string {
  const row = rowOfKana.get(kana);
  return row?.[VOWELS.indexOf(vowel)] ?? '';
}

/** Rows with all five columns (no や/わ rows): the ones colloquial vowel fusion applies to. */
export function fullRows(): readonly (readonly string[])[] {
  return COLUMNS.filter((row) => row.every(Boolean) && row[0] !== 'ぁ');
}

const SMALL_VOWELS = new Set(['ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ']);
export function isSmallVowel(ch: string): boolean {
  return SMALL_VOWELS.has(ch);
}

const SMALL_Y = new Set(['ゃ', 'ゅ', 'ょ', 'ゎ', 'ャ', 'ュ', 'ョ', 'ヮ']);
/** The small kana that close a syllable with the kana before them (じゃ, きょ): never a word's start. */
export function isSmallY(ch: string): boolean {
  return SMALL_Y.has(ch);
}

export function isSmallTsu(ch: string): boolean {
  return ch === 'っ' || ch === 'ッ';
}

/** Marks that lengthen the vowel before them in speech-like writing: すごーい, すご〜い. */
export function isElongationMark(ch: string): boolean {
  return ch === 'ー' || ch === '〜' || ch === '～' || ch === '~';
}
