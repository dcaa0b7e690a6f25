/**
 * Hangul arithmetic on a flat jamo string.
 *
 * A syllable becomes initial + medial + final(s), all as compatibility jamo (U+3131–U+318E).
 * Complex vowels (ㅘ) stay one unit; double finals are split (ㄺ → ㄹㄱ) so that attaching an
 * ending is plain concatenation (살 + ㅁ = 삶, 앉 + 아 = 앉아). The string stays unambiguous
 * because every syllable starts with an explicit initial (ㅇ included): in a run of consonants
 * between two vowels the last one is the next syllable's initial, the others are finals.
 */

const S_BASE = 0xac00;
const S_LAST = 0xd7a3;
const V_COUNT = 21;
const T_COUNT = 28;

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
/** Index = Unicode final index; double finals written as their two parts. */
const FINALS = [
  '',
  'ㄱ',
  'ㄲ',
  'ㄱㅅ',
  'ㄴ',
  'ㄴㅈ',
  'ㄴㅎ',
  'ㄷ',
  'ㄹ',
  'ㄹㄱ',
  'ㄹㅁ',
  'ㄹㅂ',
  'ㄹㅅ',
  'ㄹㅌ',
  'ㄹㅍ',
  'ㄹㅎ',
  'ㅁ',
  'ㅂ',
  'ㅂㅅ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
] as const;

/** Compatibility-jamo spellings of double finals, for text such as a lone "ㄳ". */
const CLUSTER_JAMO: Record<string, string> = {
  ㄳ: 'ㄱㅅ',
  ㄵ: 'ㄴㅈ',
  ㄶ: 'ㄴㅎ',
  ㄺ: 'ㄹㄱ',
  ㄻ: 'ㄹㅁ',
  ㄼ: 'ㄹㅂ',
  ㄽ: 'ㄹㅅ',
  ㄾ: 'ㄹㅌ',
  ㄿ: 'ㄹㅍ',
  ㅀ: 'ㄹㅎ',
  ㅄ: 'ㅂㅅ',
};

const FINAL_INDEX = new Map<string, number>(FINALS.map((f, i) => [f, i]));
/** Double finals (ㄳ ㄵ …) sit among the consonants in Unicode but never occur in our jamo strings. */
const CLUSTER_CODES = new Set(Object.keys(CLUSTER_JAMO).map((c) => c.charCodeAt(0)));

export function isSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= S_BASE && c <= S_LAST;
}

/** Compatibility jamo: consonants U+3131–U+314E, vowels U+314F–U+3163. */
export function isVowel(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x314f && c <= 0x3163;
}

/** isVowel / isConsonant on a UTF-16 code (NaN past the end): no one-letter string is made. */
export function isVowelCode(c: number): boolean {
  return c >= 0x314f && c <= 0x3163;
}

export function isConsonantCode(c: number): boolean {
  return c >= 0x3131 && c <= 0x314e && !CLUSTER_CODES.has(c);
}

export function isConsonant(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x3131 && c <= 0x314e && !CLUSTER_CODES.has(c);
}

export function isHangul(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= S_BASE && c <= S_LAST) || (c >= 0x3131 && c <= 0x318e) || (c >= 0x1100 && c <= 0x11ff)
  );
}

interface Syllable {
  initial: string;
  medial: string;
  /** '' or one/two consonants. */
  final: string;
}

export function splitSyllable(ch: string): Syllable | null {
  const c = ch.charCodeAt(0) - S_BASE;
  if (c < 0 || c > S_LAST - S_BASE) return null;
  return {
    initial: INITIALS[Math.floor(c / (V_COUNT * T_COUNT))]!,
    medial: MEDIALS[Math.floor(c / T_COUNT) % V_COUNT]!,
    final: FINALS[c % T_COUNT]!,
  };
}

/** null when the parts do not form a syllable (e.g. a three-consonant final). */
export function joinSyllable(initial: string, medial: string, final = ''): string | null {
  const l = INITIALS.indexOf(initial);
  const v = MEDIALS.indexOf(medial);
  const t = FINAL_INDEX.get(final);
  if (l < 0 || v < 0 || t === undefined) return null;
  return String.fromCharCode(S_BASE + (l * V_COUNT + v) * T_COUNT + t);
}

/** Text → flat jamo. Characters that are not Hangul pass through unchanged. */
export function toJamo(text: string): string {
  let out = '';
  for (const ch of text) {
    const s = splitSyllable(ch);
    if (s) out += s.initial + s.medial + s.final;
    else out += CLUSTER_JAMO[ch] ?? ch;
  }
  return out;
}

/**
 * Flat jamo → text. A consonant run between vowels gives its last consonant to the next
 * syllable; anything that does not compose (a stray jamo, Latin) is kept as it is.
 */
export function fromJamo(jamo: string): string {
  let out = '';
  let i = 0;
  while (i < jamo.length) {
    const ch = jamo[i]!;
    if (isConsonant(ch) && isVowel(jamo[i + 1])) {
      let j = i + 2;
      let final = '';
      // Take up to two finals, leaving a consonant that starts the next syllable.
      while (final.length < 2 && isConsonant(jamo[j]) && !isVowel(jamo[j + 1])) {
        const next = final + jamo[j]!;
        if (!FINAL_INDEX.has(next)) break;
        final = next;
        j++;
      }
      out += joinSyllable(ch, jamo[i + 1]!, final) ?? ch + jamo[i + 1]! + final;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** True if `j.slice(0, p)` ends on a syllable edge (does not cut an initial from its vowel). */
export function isSyllableEdge(j: string, p: number): boolean {
  return p > 0 && !isVowel(j[p]);
}
