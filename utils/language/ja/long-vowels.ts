import { isHiragana, vowelKana, vowelOf } from './kana';

/**
 * Where a line must show a long-vowel mark for a spelling to count: `dropped` — a ー or small
 * vowel was dropped right before this offset of the variant's text; `spelled` — the character
 * at this offset was spelled out from one (see Normalized in normalize.ts).
 */
export interface Stretch {
  at: number;
  kind: 'dropped' | 'spelled';
}

export interface Spelling {
  text: string;
  stretches: readonly Stretch[];
  /** For each offset of the text as given (and its end), the offset in this spelling. */
  map: readonly number[];
}

/** Long vowels of one pattern that get other spellings; more would multiply variants. */
const MAX_LONG_VOWELS = 2;

interface Alternative {
  text: string;
  kind: Stretch['kind'] | null;
}

/**
 * How the line may write the long vowel `ch` after the kana `prev`, besides `ch` itself, or
 * null when `ch` does not lengthen `prev`. The normaliser folds a line's ー and small vowels
 * (ざまぁみろ → ざまみろ, ありがとー → ありがとお) but cannot know which of them are part of the
 * word, so a pattern that writes a long vowel out (ざまあみろ, ありがとう, しょうがない,
 * せんせい) is given the spellings the folded line can have at that place:
 * - katakana ー, which stays after katakana (ショーガナイ → しょーがない);
 * - nothing, where the normaliser dropped a mark inside a word after an a, u or o;
 * - the vowel the normaliser spelled out, where it differs (o + う → お, e + い → え).
 * The last two count only where the line had such a mark, so ゆうき never matches ゆき.
 */
function alternatives(prev: string, ch: string): Alternative[] | null {
  if (!isHiragana(prev)) return null;
  const vowel = vowelOf(prev);
  if (!vowel) return null;
  const own = vowelKana(vowel);
  const long =
    ch === own || ch === 'ー' || (vowel === 'o' && ch === 'う') || (vowel === 'e' && ch === 'い');
  if (!long) return null;
  const out: Alternative[] = [];
  if (ch !== 'ー') out.push({ text: 'ー', kind: null });
  if (vowel === 'a' || vowel === 'u' || vowel === 'o') out.push({ text: '', kind: 'dropped' });
  if (own !== ch) out.push({ text: own, kind: 'spelled' });
  return out;
}

/**
 * The spellings of a normalised pattern text with its first long vowels (at most
 * MAX_LONG_VOWELS, and only at offsets `where` allows) written each way a line may write
 * them, the text as given first.
 */
export function longVowelSpellings(
  text: string,
  where: (i: number) => boolean = () => true,
): Spelling[] {
  let out = [{ text: '', stretches: [] as readonly Stretch[], map: [] as number[] }];
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const alts =
      i > 0 && found < MAX_LONG_VOWELS && where(i) ? alternatives(text[i - 1]!, ch) : null;
    if (!alts) {
      for (const s of out) {
        s.map.push(s.text.length);
        s.text += ch;
      }
      continue;
    }
    found++;
    out = out.flatMap((s) => [
      { text: s.text + ch, stretches: s.stretches, map: [...s.map, s.text.length] },
      ...alts.map((a) => ({
        text: s.text + a.text,
        stretches: a.kind ? [...s.stretches, { at: s.text.length, kind: a.kind }] : s.stretches,
        map: [...s.map, s.text.length],
      })),
    ]);
  }
  for (const s of out) s.map.push(s.text.length);
  return out;
}

/**
 * Whether the normalised line shows every mark a spelling needs, the spelling found at `at`.
 * `positions` (when the match passed over pauses) gives the line offset of each character of
 * the fixed part; offsets past it follow on from its end.
 */
export function stretchesFit(
  stretches: readonly Stretch[],
  at: number,
  positions: readonly number[] | null,
  dropped: readonly number[],
  spelled: readonly number[],
): boolean {
  for (const s of stretches) {
    const marks = s.kind === 'dropped' ? dropped : spelled;
    const where = !positions
      ? at + s.at
      : s.at < positions.length
        ? positions[s.at]!
        : positions[positions.length - 1]! + 1 + s.at - positions.length;
    if (!marks.includes(where)) return false;
  }
  return true;
}
