import { isWordChar } from './lookup';
import { simplifiedSpelling } from './normalize';

/** A stretch of a line: a word (`word: true`) or the punctuation and spaces between words. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  word: boolean;
}

const LATIN = /^[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]$/u;

/**
 * Splits a line into words. With a dictionary (`has`, asked about each candidate as written
 * and in simplified characters) it takes the longest known word at each point, up to `maxLen`
 * characters, and a single character where nothing longer is known; runs of Latin letters and
 * digits stay whole. Without one it falls back to `Intl.Segmenter`, whose Chinese word breaks
 * come from ICU's own dictionary.
 */
export function segment(line: string, has?: (word: string) => boolean, maxLen = 8): Segment[] {
  if (!has) return intlSegments(line) ?? longestMatch(line, () => false, maxLen);
  return longestMatch(line, has, maxLen);
}

function longestMatch(line: string, has: (word: string) => boolean, maxLen: number): Segment[] {
  const chars = Array.from(line);
  const offsets = [0];
  for (const ch of chars) offsets.push(offsets.at(-1)! + ch.length);
  const out: Segment[] = [];
  const push = (from: number, to: number, word: boolean) =>
    out.push({
      start: offsets[from]!,
      end: offsets[to]!,
      text: line.slice(offsets[from], offsets[to]),
      word,
    });

  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    let j = i + 1;
    if (!isWordChar(ch)) {
      while (j < chars.length && !isWordChar(chars[j]!)) j++;
      push(i, j, false);
    } else if (LATIN.test(ch)) {
      while (j < chars.length && LATIN.test(chars[j]!)) j++;
      push(i, j, true);
    } else {
      let run = i;
      while (run < chars.length && run - i < maxLen && isWordChar(chars[run]!)) run++;
      for (let k = run; k > i + 1; k--) {
        const word = chars.slice(i, k).join('');
        if (has(word) || has(simplifiedSpelling(word))) {
          j = k;
          break;
        }
      }
      push(i, j, true);
    }
    i = j;
  }
  return out;
}

let segmenter: Intl.Segmenter | null | undefined;

function intlSegments(line: string): Segment[] | null {
  segmenter ??=
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return null;
  return Array.from(segmenter.segment(line), (s) => ({
    start: s.index,
    end: s.index + s.segment.length,
    text: s.segment,
    word: s.isWordLike ?? false,
  }));
}
