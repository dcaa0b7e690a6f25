import { isHalfWidthKatakana, isHiragana, isKanji, isKatakana } from './kana';
import type { Normalized } from './normalize';

/**
 * Words that end in the sound of a name suffix without being a name + suffix: the set
 * phrases of thanks and sympathy (ご馳走様, お疲れさん), 様 read よう or ざま in compounds
 * (同様, 模様, 有様), 何様 ("who do you think you are") and the pronoun 貴様, たくさん, and the rough negative ん of a
 * godan す verb with a one-kanji stem (許さん "I won't forgive", 逃さん, 離さん), which follows a
 * kanji exactly like a name. Written as the matcher's normaliser leaves them (hiragana).
 */
const NOT_A_NAME = [
  'たくさん',
  'ぎょうさん',
  'ご馳走様',
  '御馳走様',
  'ごちそうさま',
  'ごちそうさん',
  'ご馳走さん',
  'おつかれさま',
  'おつかれさん',
  'お疲れさん',
  'ご苦労様',
  'ご苦労さん',
  'ごくろうさま',
  'ごくろうさん',
  'お陰様',
  'おかげさま',
  'おかげさん',
  'おたがいさま',
  'ご愁傷様',
  'ごしゅうしょうさま',
  'お粗末様',
  'おそまつさま',
  'お待ち遠様',
  'おまちどおさま',
  'おまちどうさま',
  '同様',
  '模様',
  '仕様',
  '異様',
  '多様',
  '一様',
  '文様',
  '紋様',
  '今様',
  '有様',
  '無様',
  '左様',
  '逆様',
  '何様',
  '貴様',
  '許さん',
  '逃さん',
  '離さん',
  '返さん',
  '帰さん',
  '出さん',
  '貸さん',
  '話さん',
  '殺さん',
  '消さん',
  '残さん',
];

/**
 * A verb in く before the explanatory ん + copula reads like a name + くん: 行くんだ, 書くんです,
 * 泣くんじゃない. Read that way, a name + くん before だ/です loses out; it is rarer in dialogue.
 */
const VERB_KUN = /^くん(?:だ|です|じゃ|でしょ|なら|で)/u;

function nameLike(ch: string): boolean {
  return isKanji(ch) || isKatakana(ch) || isHalfWidthKatakana(ch) || /[A-Za-zＡ-Ｚａ-ｚ]/u.test(ch);
}

/**
 * Whether a suffix pattern (`～さん`, `～様`) found at [at, end) of the normalised line really
 * follows a name. What comes right before it in the original line decides:
 * - a kanji, katakana or Latin letter: yes (田中さん, ユイちゃん, Tomさん);
 * - hiragana: only a name written in hiragana, i.e. a run of at least two hiragana that starts
 *   the line or follows a space or punctuation (ゆいちゃん), and only for a kana suffix — after
 *   a kanji the hiragana are an ending (行くんだ), and 様 after hiragana is よう (その様な);
 * - nothing, a space or punctuation: no (ちゃんと at the start of a line).
 * A kanji suffix followed by a kanji is part of a compound (様子, 様々), words in
 * NOT_A_NAME are never a name + suffix, and neither is くん before だ/です (VERB_KUN).
 */
export function followsName(line: string, n: Normalized, at: number, end: number): boolean {
  if (NOT_A_NAME.some((w) => n.text.startsWith(w, end - w.length))) return false;
  if (VERB_KUN.test(n.text.slice(at, at + 5))) return false;
  const kanjiSuffix = isKanji(n.text[at]!);
  if (kanjiSuffix && end < n.text.length && isKanji(n.text[end]!)) return false;
  const start = n.from ? n.from[at]! : at;
  const before = line[start - 1];
  if (before === undefined) return false;
  if (nameLike(before)) return true;
  if (kanjiSuffix || !isHiragana(before)) return false;
  let i = start - 1;
  while (i > 0 && isHiragana(line[i - 1]!)) i--;
  if (start - i < 2) return false;
  return i === 0 || !nameLike(line[i - 1]!);
}
