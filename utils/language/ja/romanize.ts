import { toHiragana, vowelOf } from './kana';

/** Hepburn for single hiragana. */
// prettier-ignore
const MONO: Readonly<Record<string, string>> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko',
  が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so',
  ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to',
  だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho',
  ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro',
  わ: 'wa', ゐ: 'i', ゑ: 'e', を: 'o', ゔ: 'vu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ゎ: 'wa',
  ゕ: 'ka', ゖ: 'ke',
};

/** Two-kana syllables: yōon (きゃ) and the katakana extensions for loanwords (ファ, ティ). */
// prettier-ignore
const DIGRAPH: Readonly<Record<string, string>> = {
  きゃ: 'kya', きゅ: 'kyu', きょ: 'kyo', ぎゃ: 'gya', ぎゅ: 'gyu', ぎょ: 'gyo',
  しゃ: 'sha', しゅ: 'shu', しょ: 'sho', じゃ: 'ja', じゅ: 'ju', じょ: 'jo',
  ちゃ: 'cha', ちゅ: 'chu', ちょ: 'cho', ぢゃ: 'ja', ぢゅ: 'ju', ぢょ: 'jo',
  にゃ: 'nya', にゅ: 'nyu', にょ: 'nyo', ひゃ: 'hya', ひゅ: 'hyu', ひょ: 'hyo',
  びゃ: 'bya', びゅ: 'byu', びょ: 'byo', ぴゃ: 'pya', ぴゅ: 'pyu', ぴょ: 'pyo',
  みゃ: 'mya', みゅ: 'myu', みょ: 'myo', りゃ: 'rya', りゅ: 'ryu', りょ: 'ryo',
  しぇ: 'she', じぇ: 'je', ちぇ: 'che', いぇ: 'ye',
  てぃ: 'ti', でぃ: 'di', とぅ: 'tu', どぅ: 'du', てゅ: 'tyu', でゅ: 'dyu',
  ふぁ: 'fa', ふぃ: 'fi', ふぇ: 'fe', ふぉ: 'fo', ふゅ: 'fyu',
  うぃ: 'wi', うぇ: 'we', うぉ: 'wo',
  ゔぁ: 'va', ゔぃ: 'vi', ゔぇ: 've', ゔぉ: 'vo',
  つぁ: 'tsa', つぃ: 'tsi', つぇ: 'tse', つぉ: 'tso',
  くぁ: 'kwa', ぐぁ: 'gwa',
};

const PUNCTUATION: Readonly<Record<string, string>> = {
  '、': ', ',
  '。': '. ',
  '・': ' ',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '　': ' ',
};

/**
 * Kana → modified Hepburn. Long vowels are spelled as the kana spell them (おう → ou, うう → uu,
 * katakana ー → the vowel doubled): a macron (ō) needs to know where words join (思う is omou,
 * not omō), which kana alone do not show. は and へ are romanised ha/he even as particles, for
 * the same reason. っ doubles the next consonant (っち → tchi); ん before a vowel or y is n'.
 * Kanji are kept as they are: their readings come from notes and the dictionary.
 */
export function romanize(text: string): string {
  const kana = toHiragana(text.normalize('NFKC'));
  let out = '';
  let geminate = false;
  for (let i = 0; i < kana.length;) {
    const two = DIGRAPH[kana.slice(i, i + 2)];
    const one = MONO[kana[i]!];
    const syllable = two ?? one;
    const ch = kana[i]!;
    if (syllable) {
      out += geminate ? doubled(syllable) : syllable;
      geminate = false;
      i += two ? 2 : 1;
      continue;
    }
    geminate = false;
    if (ch === 'っ') {
      geminate = true;
    } else if (ch === 'ん') {
      const next = DIGRAPH[kana.slice(i + 1, i + 3)] ?? MONO[kana[i + 1] ?? ''] ?? '';
      out += /^[aiueoy]/.test(next) ? "n'" : 'n';
    } else if (ch === 'ー') {
      const vowel = vowelOf(kana[i - 1] ?? '');
      out += vowel ?? '';
    } else {
      out += PUNCTUATION[ch] ?? ch;
    }
    i++;
  }
  return out.replace(/ +$/, '');
}

function doubled(syllable: string): string {
  if (syllable.startsWith('ch')) return 't' + syllable;
  return /^[aiueo]/.test(syllable) ? syllable : syllable[0] + syllable;
}
