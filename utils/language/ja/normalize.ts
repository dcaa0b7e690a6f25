import {
  isElongationMark,
  isHalfWidthKatakana,
  isHiragana,
  isKana,
  isKanji,
  isKatakana,
  isSmallTsu,
  isSmallVowel,
  toHiragana,
  vowelKana,
  vowelOf,
} from './kana';

/**
 * A normalised line and, for every UTF-16 unit of it, the range of the original line it came
 * from, so hits found in the normalised text are reported at original offsets.
 */
export interface Normalized {
  text: string;
  from: number[];
  to: number[];
}

export interface NormalizeOptions {
  /** Katakana → hiragana, so マジ and まじ match the same pattern (matching only). */
  foldKana: boolean;
  /** Drop spaces: subtitles put full-width spaces between phrases of one sentence. */
  dropSpaces: boolean;
}

type Script = 'hira' | 'kata' | 'kanji' | 'other';

interface Unit {
  ch: string;
  start: number;
  end: number;
}

const COMBINING_MARKS = new Set(['\u3099', '\u309a', '\uff9e', '\uff9f']);

/** NFKC one character at a time (keeping offsets), joining a kana with a following voicing mark. */
function units(line: string): Unit[] {
  const out: Unit[] = [];
  for (let j = 0; j < line.length;) {
    const code = line.charCodeAt(j);
    let len = code >= 0xd800 && code <= 0xdbff && j + 1 < line.length ? 2 : 1;
    if (len === 1 && COMBINING_MARKS.has(line[j + 1] ?? '')) len = 2;
    const raw = line.slice(j, j + len);
    // ～ (U+FF5E) would become "~"; keep it recognisable as an elongation mark.
    const norm = raw === '～' ? raw : raw.normalize('NFKC');
    for (const ch of norm) out.push({ ch, start: j, end: j + len });
    j += len;
  }
  return out;
}

function scriptOf(ch: string): Script {
  if (isHiragana(ch)) return 'hira';
  if (isKatakana(ch) || isHalfWidthKatakana(ch)) return 'kata';
  if (isKanji(ch)) return 'kanji';
  return 'other';
}

/**
 * Speech-like spellings are folded to what a pattern or dictionary form spells:
 * - NFKC: half-width katakana (ｶﾞﾝﾊﾞﾚ) and full-width ASCII become their ordinary forms;
 * - an elongation mark (ー 〜) after hiragana or kanji is dropped inside a word (すごーい →
 *   すごい) and spelled as its vowel at the end of one (すげー → すげえ, matching the colloquial
 *   rules); after katakana it is part of the word (ラーメン) and stays;
 * - a small vowel repeating the vowel before it is treated the same way (すごぉい, すげぇ);
 * - a small っ closing a word (うるさいっ！) is dropped.
 */
export function normalize(line: string, options: NormalizeOptions): Normalized {
  const us = units(line);
  const text: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let last: Script | null = null;
  let lastKana = '';

  const emit = (ch: string, start: number, end: number, script: Script) => {
    const out = options.foldKana ? toHiragana(ch) : ch;
    text.push(out);
    for (let k = 0; k < out.length; k++) {
      from.push(start);
      to.push(end);
    }
    last = script;
    lastKana = script === 'hira' || script === 'kata' ? ch : '';
  };

  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const { ch } = u;
    if (options.dropSpaces && /\s/u.test(ch)) continue;
    const next = us[i + 1]?.ch ?? '';

    if (isElongationMark(ch) && (last === 'hira' || last === 'kanji')) {
      let j = i;
      while (j + 1 < us.length && isElongationMark(us[j + 1]!.ch)) j++;
      const after = us[j + 1]?.ch ?? '';
      const vowel = vowelOf(lastKana);
      if (isKana(after) && !isElongationMark(after)) {
        i = j; // inside a word: すごーい
        continue;
      }
      if (last === 'hira' && vowel) {
        emit(vowelKana(vowel), u.start, us[j]!.end, 'hira');
        i = j;
        continue;
      }
    }

    if (isSmallVowel(ch) && lastKana && vowelOf(ch) === vowelOf(lastKana)) {
      if (isKana(next) && !isElongationMark(next)) continue;
      // The full-size letter is the next code point up in both syllabaries (ぇ → え).
      emit(String.fromCharCode(ch.charCodeAt(0) + 1), u.start, u.end, scriptOf(ch));
      continue;
    }

    if (isSmallTsu(ch) && last !== null && last !== 'other' && !isKana(next)) continue;

    emit(ch, u.start, u.end, scriptOf(ch));
  }
  return { text: text.join(''), from, to };
}

/** Original range of the normalised half-open range [start, end). */
export function originalSpan(n: Normalized, start: number, end: number): [number, number] {
  return [n.from[start]!, n.to[end - 1]!];
}
