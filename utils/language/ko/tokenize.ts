import { joinSyllable, splitSyllable, toJamo } from './hangul';

/** One eojeol of a line: a run of letters/digits, with offsets into the original line. */
export interface Token {
  /** NFC text of the eojeol. */
  text: string;
  jamo: string;
  start: number;
  end: number;
  /**
   * True when only spaces (no punctuation) separate this token from the previous one, so a
   * pattern may run on across the gap or treat the two as one word with its space omitted.
   */
  spaced: boolean;
  /** True when sentence punctuation (? ! or a full stop) sits between this token and the previous. */
  broken: boolean;
  /** The text between the previous token (or the line start) and this one: 6·25 gives "·". */
  sep: string;
}

const L0 = 0x1100; // conjoining initials ᄀ..ᄒ
const V0 = 0x1161; // conjoining medials ᅡ..ᅵ
const T0 = 0x11a7; // conjoining finals start at T0 + 1

/** Conjoining jamo → compatibility jamo, by Unicode index. */
const INITIAL_COMPAT = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIAL_COMPAT = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINAL_COMPAT = [
  '',
  'ㄱ',
  'ㄲ',
  'ㄳ',
  'ㄴ',
  'ㄵ',
  'ㄶ',
  'ㄷ',
  'ㄹ',
  'ㄺ',
  'ㄻ',
  'ㄼ',
  'ㄽ',
  'ㄾ',
  'ㄿ',
  'ㅀ',
  'ㅁ',
  'ㅂ',
  'ㅄ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
];

function code(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : -1;
}

export interface Normalized {
  text: string;
  /**
   * For each UTF-16 unit of `text`, its start offset in the original, plus one entry for the
   * original length; null when nothing was recomposed and offsets are the identity.
   */
  offsets: number[] | null;
}

const CONJOINING = /[\u1100-\u11ff]/;

/**
 * Composes Hangul given as conjoining jamo (NFD, as macOS writes subtitle files) into
 * syllables while recording where each composed character came from. Only Hangul is
 * recomposed: the engine never looks inside other scripts, and a full NFC pass would lose
 * the offset map.
 */
export function normalize(line: string): Normalized {
  if (!CONJOINING.test(line)) return { text: line, offsets: null };
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    const start = i;
    let ch: string | null = null;
    if (c >= L0 && c < L0 + 19 && code(line, i + 1) >= V0 && code(line, i + 1) < V0 + 21) {
      const initial = INITIAL_COMPAT[c - L0]!;
      const medial = MEDIAL_COMPAT[code(line, i + 1) - V0]!;
      i += 2;
      let final = '';
      const t = code(line, i);
      if (t > T0 && t < T0 + 28) {
        final = FINAL_COMPAT[t - T0]!;
        i++;
      }
      ch = composeCompat(initial, medial, final);
    } else if (
      splitSyllable(line[i]!)?.final === '' &&
      code(line, i + 1) > T0 &&
      code(line, i + 1) < T0 + 28
    ) {
      const s = splitSyllable(line[i]!)!;
      ch = composeCompat(s.initial, s.medial, FINAL_COMPAT[code(line, i + 1) - T0]!);
      i += 2;
    }
    if (ch === null) {
      ch = line[i]!;
      i++;
    }
    for (let k = 0; k < ch.length; k++) offsets.push(start);
    text += ch;
  }
  offsets.push(line.length);
  return { text, offsets };
}

function composeCompat(initial: string, medial: string, finalCompat: string): string {
  return joinSyllable(initial, medial, toJamo(finalCompat)) ?? initial + medial + finalCompat;
}

const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Letters, digits and Hangul make words; everything else separates them. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xac00 && c <= 0xd7a3) return true;
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return OTHER_WORD_CHAR.test(text[i]!);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Sentence-ending punctuation; a run of dots is an ellipsis and a dot between digits a number
 * (6.25, 3.5), neither of which ends a sentence.
 */
function breaksSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (ch === '?' || ch === '!' || ch === '？' || ch === '！' || ch === '。') return true;
    if ((ch === '.' || ch === '．') && text[k - 1] !== ch && text[k + 1] !== ch) {
      if (!(isDigit(text[k - 1]) && isDigit(text[k + 1]))) return true;
    }
  }
  return false;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text[k]!.trim() !== '') return false;
  return true;
}

/** Jamo of recent words: subtitle lines repeat the same few thousand eojeol. */
const jamoCache = new Map<string, string>();
const foldedCache = new Map<string, string>();
function cachedJamo(word: string, foldCase: boolean): string {
  const cache = foldCase ? foldedCache : jamoCache;
  let j = cache.get(word);
  if (j === undefined) {
    if (cache.size >= 20000) cache.clear();
    j = toJamo(foldCase ? lowerLatin(word) : word);
    cache.set(word, j);
  }
  return j;
}

const UPPER = /[A-Z]/;

/** ASCII capitals to small letters: subtitles write TMI, tmi and Tmi for one word. */
export function lowerLatin(text: string): string {
  return UPPER.test(text) ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text;
}

/**
 * Splits a line into eojeol. With `foldCase` (matching) the jamo of a token has its Latin
 * letters in lower case; `text` keeps them as written.
 */
export function tokenize(line: string, foldCase = false): Token[] {
  const { text, offsets } = normalize(line);
  const tokens: Token[] = [];
  let i = 0;
  let gapStart = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordChar(text, j)) j++;
    const word = text.slice(i, j);
    tokens.push({
      text: word,
      jamo: cachedJamo(word, foldCase),
      start: offsets ? offsets[i]! : i,
      end: offsets ? offsets[j]! : j,
      spaced: tokens.length > 0 && onlySpaces(text, gapStart, i),
      broken: breaksSentence(text, gapStart, i),
      sep: text.slice(gapStart, i),
    });
    gapStart = j;
    i = j;
  }
  return tokens;
}
