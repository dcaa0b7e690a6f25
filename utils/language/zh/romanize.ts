import { CHAR_READINGS, WORD_READINGS } from './data/readings';
import { isHan, toSimplified } from './normalize';
import { numberedToMarked } from './pinyin';

/** Longest word in the word table, in characters. */
const MAX_WORD = 4;

interface Tables {
  chars: Map<string, string>;
  words: Map<string, string[]>;
}

let tables: Tables | null = null;

/** Parsed on first use: ~10,000 characters and ~7,000 words, a few milliseconds. */
function readings(): Tables {
  if (!tables) {
    const chars = new Map<string, string>();
    for (const group of CHAR_READINGS.split(' ')) {
      const syllable = /^[a-z:]+[1-5]/.exec(group)![0];
      for (const ch of group.slice(syllable.length)) chars.set(ch, syllable);
    }
    const words = new Map<string, string[]>();
    for (const entry of WORD_READINGS.split('|')) {
      const eq = entry.indexOf('=');
      words.set(entry.slice(0, eq), entry.slice(eq + 1).split(','));
    }
    tables = { chars, words };
  }
  return tables;
}

/** Full-width and CJK punctuation as ASCII-style punctuation in romanized text. */
const PUNCTUATION: Record<string, string> = {
  '。': '.',
  '、': ',',
  '「': '“',
  '」': '”',
  '『': '‘',
  '』': '’',
  '《': '“',
  '》': '”',
  '〈': '‘',
  '〉': '’',
  '【': '[',
  '】': ']',
  // NFKC would spell it as three dots.
  '…': '…',
};
const OPENING = new Set(['“', '‘', '(', '[']);

/**
 * Pinyin with tone marks, syllables separated by spaces (`yín háng`), punctuation as in
 * English text. Each character takes its default reading unless it starts one of the table's
 * words, longest first (银行 yín háng, 觉得 jué de, 长大 zhǎng dà); traditional characters are
 * read through their simplified form. Tones are dictionary tones: 一 and 不 are not changed
 * before another syllable. Characters with no reading are kept as they are.
 */
export function romanize(text: string): string {
  const { chars: charTable, words } = readings();
  const chars = Array.from(text);
  const simple = chars.map((ch) => (ch.length === 1 ? toSimplified(ch) : ch));
  let out = '';
  let numbered: string[] = [];

  const flushSyllables = () => {
    if (!numbered.length) return;
    addWord(numberedToMarked(numbered.join(' ')));
    numbered = [];
  };
  const addWord = (word: string) => {
    if (out && !out.endsWith(' ') && !OPENING.has(out.at(-1)!)) out += ' ';
    out += word;
  };

  for (let i = 0; i < chars.length;) {
    const ch = chars[i]!;
    if (isHan(ch)) {
      const word = wordAt(simple, i, words);
      if (word) {
        word.forEach((s, k) => numbered.push(s || charReading(chars, simple, i + k, charTable)));
        i += word.length;
      } else {
        numbered.push(charReading(chars, simple, i, charTable));
        i++;
      }
      continue;
    }
    flushSyllables();
    const folded = ch.normalize('NFKC');
    if (/^\s+$/u.test(folded)) {
      i++;
      continue;
    }
    if (/^[\p{L}\p{N}]+$/u.test(folded)) {
      let j = i + 1;
      let run = folded;
      while (
        j < chars.length &&
        !isHan(chars[j]!) &&
        /^[\p{L}\p{N}]+$/u.test(chars[j]!.normalize('NFKC'))
      ) {
        run += chars[j]!.normalize('NFKC');
        j++;
      }
      addWord(run);
      i = j;
      continue;
    }
    const mark = PUNCTUATION[ch] ?? folded;
    if (OPENING.has(mark)) addWord(mark);
    else out += mark;
    i++;
  }
  flushSyllables();
  return out;
}

function wordAt(
  simple: readonly string[],
  at: number,
  words: Map<string, string[]>,
): string[] | null {
  for (let n = Math.min(MAX_WORD, simple.length - at); n >= 2; n--) {
    const reading = words.get(simple.slice(at, at + n).join(''));
    if (reading) return reading;
  }
  return null;
}

/** Before 得, these make it the modal "must" (我得走了 děi), not the complement marker de. */
const BEFORE_MUST = new Set([...'我你您他她它咱们也还就都']);

/**
 * A character's default reading: as written first (乾 in 乾隆 is qián, not 干 gàn), then through
 * its simplified form. Two readings depend on the character before: 地 after a doubled syllable
 * is the adverb marker de (慢慢地), 得 after a pronoun or 也/还/就/都 is děi (我也得去).
 */
function charReading(
  chars: readonly string[],
  simple: readonly string[],
  i: number,
  table: Map<string, string>,
): string {
  const previous = simple[i - 1];
  if (simple[i] === '地' && i >= 2 && previous === simple[i - 2] && isHan(previous!)) return 'de5';
  if (simple[i] === '得' && previous !== undefined && BEFORE_MUST.has(previous)) return 'dei3';
  return table.get(chars[i]!) ?? table.get(simple[i]!) ?? chars[i]!;
}
