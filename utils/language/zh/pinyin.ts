/**
 * Numbered pinyin (CC-CEDICT style, `zhong1 guo2`) to tone marks (`zhōng guó`).
 *
 * CC-CEDICT writes ü as `u:` (`lu:4`), the neutral tone as 5 (`zi5`), erhua as a separate
 * `r5` syllable (`dian3 r5`), proper names capitalised (`Zhong1`), and keeps letters,
 * digits and punctuation (`A`, `·`, `,`) as syllables of their own.
 */

const MARKS: Record<string, readonly [string, string, string, string]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
  // Syllabic nasals (嗯 n2, 呣 m2) carry the mark on the consonant.
  n: ['n\u0304', 'ń', 'ň', 'ǹ'],
  m: ['m\u0304', 'ḿ', 'm\u030c', 'm\u0300'],
};

const SYLLABLE = /^([A-Za-zÜü:]+)([1-5])$/;

/**
 * Converts one numbered syllable (`hao3`, `Lu:4`, `zi5`) to its marked form (`hǎo`, `Lǜ`, `zi`).
 * Anything that is not a letters-plus-tone-digit syllable is returned unchanged.
 */
export function markSyllable(syllable: string): string {
  const m = SYLLABLE.exec(syllable);
  if (!m) return syllable;
  const letters = m[1]!.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const tone = Number(m[2]);
  if (tone === 5) return letters;
  const index = markIndex(letters.toLowerCase());
  if (index < 0) return letters;
  const target = letters[index]!;
  const marked = MARKS[target.toLowerCase()]![tone - 1]!;
  const cased = target === target.toLowerCase() ? marked : marked.toUpperCase();
  return (letters.slice(0, index) + cased + letters.slice(index + 1)).normalize('NFC');
}

/**
 * Standard placement: a or e take the mark; in "ou" the o does; otherwise the last vowel.
 * A syllable with no vowel (n, m, ng) puts it on its first letter.
 */
function markIndex(lower: string): number {
  const a = lower.indexOf('a');
  if (a >= 0) return a;
  const e = lower.indexOf('e');
  if (e >= 0) return e;
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) {
    if ('iouü'.includes(lower[i]!)) return i;
  }
  return lower[0] === 'n' || lower[0] === 'm' ? 0 : -1;
}

/**
 * Converts a space-separated numbered pinyin string. Erhua `r5` joins the syllable before it
 * (`yi1 dian3 r5` → `yī diǎnr`); other syllables stay space-separated as in the source.
 */
export function numberedToMarked(pinyin: string): string {
  const out: string[] = [];
  for (const syllable of pinyin.trim().split(/\s+/)) {
    if (syllable === '') continue;
    const previous = out.at(-1);
    if (/^r5$/i.test(syllable) && previous !== undefined) {
      out[out.length - 1] = previous + syllable.charAt(0);
      continue;
    }
    out.push(markSyllable(syllable));
  }
  return out.join(' ');
}
