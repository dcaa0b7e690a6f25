import {
  isElongationMark,
  isHalfWidthKatakana,
  isHiragana,
  isKana,
  isKanji,
  isKatakana,
  isSmallTsu,
  isSmallVowel,
  vowelKana,
  vowelOf,
} from './kana';

/**
 * A normalised line and, for every UTF-16 unit of it, the range of the original line it came
 * from, so hits found in the normalised text are reported at original offsets.
 */
export interface Normalized {
  text: string;
  /** null when the text has the line's length and offsets carry over unchanged. */
  from: number[] | null;
  to: number[] | null;
  /**
   * Where a long vowel was written with a small vowel, or with ー after hiragana: `dropped` holds
   * each offset of `text` right before which such a mark was dropped (ざまぁみろ → ざま|みろ),
   * `spelled` each offset of a vowel spelled out for one (ありがとー → ありがと|お). Patterns
   * that write the long vowel out (ざまあみろ, ありがとう) match there; see pattern.ts.
   */
  dropped: readonly number[];
  spelled: readonly number[];
  /**
   * A small っ closing a word (うるさいっ！, キモっ) is dropped: `clipped` holds each offset of
   * `text` right before which one was, `clippedEnd` where that っ ends in the original line.
   * キモっ is the clipped exclamation of キモい (see the matcher and lookup).
   */
  clipped: readonly number[];
  clippedEnd: readonly number[];
}

const NONE: readonly number[] = [];

export interface NormalizeOptions {
  /** Katakana → hiragana, so マジ and まじ match the same pattern (matching only). */
  foldKana: boolean;
  /** Drop spaces: subtitles put full-width spaces between phrases of one sentence. */
  dropSpaces: boolean;
}

type Script = 'hira' | 'kata' | 'kanji' | 'other';

/**
 * Anything the slow path may change: characters outside printable ASCII, kana, CJK punctuation
 * and ideographs (so spaces, ～ 〜 ー, voicing marks, half-width and full-width forms), small
 * vowels, and a small っ not followed by kana.
 */
const NEEDS_WORK =
  /[^\u0021-\u007d\u3001-\u301b\u301d-\u3098\u309d-\u30fb\u30fd-\u30ff\u4e00-\u9fff]|[ぁぃぅぇぉァィゥェォ]|[っッ](?![\u3041-\u3096\u30a1-\u30fa])/;
const KATAKANA = /[\u30a1-\u30f6]/;
const KATAKANA_ALL = /[\u30a1-\u30f6]/g;

function foldKatakana(text: string): string {
  return text.replace(KATAKANA_ALL, (k) => String.fromCharCode(k.charCodeAt(0) - 0x60));
}

interface Unit {
  ch: string;
  start: number;
  end: number;
}

const COMBINING_CODES = new Set([0x3099, 0x309a, 0xff9e, 0xff9f]);

/** Characters NFKC leaves alone: ASCII but ~, kana and CJK punctuation, unified ideographs. */
function stableUnderNfkc(code: number): boolean {
  return (
    (code < 0x80 && code !== 0x7e) ||
    (code >= 0x3001 && code <= 0x3098) ||
    (code >= 0x309d && code <= 0x30ff) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

/** NFKC one character at a time (keeping offsets), joining a kana with a following voicing mark. */
function units(line: string): Unit[] {
  const out: Unit[] = [];
  for (let j = 0; j < line.length;) {
    const code = line.charCodeAt(j);
    const voiced = COMBINING_CODES.has(line.charCodeAt(j + 1));
    // Most characters of a subtitle line need no normalising: skip the ICU call for them.
    if (stableUnderNfkc(code) && !voiced) {
      out.push({ ch: line[j]!, start: j, end: j + 1 });
      j++;
      continue;
    }
    const len = (code >= 0xd800 && code <= 0xdbff) || voiced ? 2 : 1;
    const raw = line.slice(j, j + len);
    // ～ (U+FF5E) would become "~"; keep it recognisable as an elongation mark.
    const norm = raw === '～' ? raw : raw.normalize('NFKC');
    for (const ch of norm) out.push({ ch, start: j, end: Math.min(j + len, line.length) });
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
 * A long e or i is the colloquial ending itself (すげー, やべーよ, さみーな, ねーちゃん), even when
 * a particle follows, so it is spelled out; a long a, o or u before more kana is emphasis inside
 * a word (すごーい, ほんとーに) and is dropped.
 */
function spelledOut(vowel: string | undefined): boolean {
  return vowel === 'e' || vowel === 'i';
}

/**
 * Speech-like spellings are folded to what a pattern or dictionary form spells:
 * - NFKC: half-width katakana (ｶﾞﾝﾊﾞﾚ) and full-width ASCII become their ordinary forms;
 * - an elongation mark (ー 〜) after hiragana or kanji is dropped inside a word (すごーい →
 *   すごい) and spelled as its vowel at the end of one or after e/i (すげー → すげえ, matching
 *   the colloquial rules); after katakana it is part of the word (ラーメン) and stays;
 * - a small vowel repeating the vowel before it is treated the same way (すごぉい, すげぇ);
 * - a small っ closing a word (うるさいっ！) is dropped, and where is recorded (`clipped`).
 */
export function normalize(line: string, options: NormalizeOptions): Normalized {
  // Most lines hold nothing to fold but katakana: one regex test spares the per-character work.
  if (!NEEDS_WORK.test(line)) {
    const text = options.foldKana && KATAKANA.test(line) ? foldKatakana(line) : line;
    return {
      text,
      from: null,
      to: null,
      dropped: NONE,
      spelled: NONE,
      clipped: NONE,
      clippedEnd: NONE,
    };
  }
  const us = units(line);
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let last: Script | null = null;
  let lastKana = '';
  const dropped: number[] = [];
  const spelled: number[] = [];
  const clipped: number[] = [];
  const clippedEnd: number[] = [];

  const emit = (ch: string, start: number, end: number, script: Script) => {
    const code = ch.charCodeAt(0);
    const out =
      options.foldKana && code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : ch;
    text += out;
    from.push(start);
    to.push(end);
    if (out.length === 2) {
      from.push(start);
      to.push(end);
    }
    last = script;
    lastKana = script === 'hira' || script === 'kata' ? ch : '';
  };

  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const { ch } = u;
    if (options.dropSpaces && (ch === ' ' || ch === '\t' || ch === '\u3000')) continue;
    const next = us[i + 1]?.ch ?? '';

    // Rough speech stretches a noun and drops its particle: 歯ぁ食いしばれ, 手ぇ出すな,
    // 腹ー減った; after a kanji a small vowel or ー is only that stretch. (A wave dash there
    // may be a range, 3時〜5時, and is kept unless kana follow.)
    if (last === 'kanji' && (isSmallVowel(ch) || ch === 'ー')) continue;

    if (isElongationMark(ch) && (last === 'hira' || last === 'kanji')) {
      let j = i;
      while (j + 1 < us.length && isElongationMark(us[j + 1]!.ch)) j++;
      const after = us[j + 1]?.ch ?? '';
      const vowel = vowelOf(lastKana);
      if (isKana(after) && !spelledOut(vowel)) {
        i = j; // inside a word: すごーい
        if (last === 'hira') dropped.push(text.length);
        continue;
      }
      if (last === 'hira' && vowel) {
        spelled.push(text.length);
        emit(vowelKana(vowel), u.start, us[j]!.end, 'hira');
        i = j;
        continue;
      }
    }

    if (isSmallVowel(ch) && lastKana && vowelOf(ch) === vowelOf(lastKana)) {
      if (isKana(next) && !isElongationMark(next) && !spelledOut(vowelOf(ch))) {
        dropped.push(text.length);
        continue;
      }
      spelled.push(text.length);
      // The full-size letter is the next code point up in both syllabaries (ぇ → え).
      emit(String.fromCharCode(ch.charCodeAt(0) + 1), u.start, u.end, scriptOf(ch));
      continue;
    }

    if (isSmallTsu(ch) && last !== null && last !== 'other' && !isKana(next)) {
      clipped.push(text.length);
      clippedEnd.push(u.end);
      continue;
    }

    emit(ch, u.start, u.end, scriptOf(ch));
  }
  return { text, from, to, dropped, spelled, clipped, clippedEnd };
}

/** Original range of the normalised half-open range [start, end). */
export function originalSpan(n: Normalized, start: number, end: number): [number, number] {
  if (!n.from || !n.to) return [start, end];
  return [n.from[start]!, n.to[end - 1]!];
}
