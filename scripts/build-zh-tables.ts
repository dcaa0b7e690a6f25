/**
 * CC-CEDICT → the Chinese engine's character tables under utils/language/zh/data/.
 * Run by hand: `npx tsx scripts/build-zh-tables.ts` (reads ../shared/data; the build never does).
 *
 * - trad-simp.ts: traditional → simplified, one character to one character, from the
 *   characters of every entry whose two spellings have the same length. A traditional character
 *   written two ways (乾 → 干 in 乾淨, 乾 in 乾隆) folds to its majority spelling only when that
 *   beats keeping it; every such case is listed in data/README.md.
 * - readings.ts: a default reading per simplified character (the reading it takes in the most
 *   entries, corrected by hand for function words, see HAND_DEFAULTS) and the readings of words
 *   of 2–4 common characters that the character defaults get wrong (银行 yín háng, 觉得 jué de).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSource, REPO } from './build-dict-lib';

const SOURCE = 'zh-cc-cedict-2019.u8.gz';
const OUT_DIR = path.join(REPO, 'utils/language/zh/data');
const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;
const SYLLABLE = /^(?:[a-z]|u:)+[1-5]$/;

/**
 * Readings for standalone characters that differ from the reading most entries give them: the
 * entry count measures how many words contain a reading, not how often a line says it, and
 * dialogue is full of particles and adverbs (了 le, not liǎo; 还 hái, not huán).
 */
const HAND_DEFAULTS: Record<string, string> = {
  了: 'le5',
  得: 'de5',
  还: 'hai2',
  都: 'dou1',
  的: 'de5',
  着: 'zhe5',
  吗: 'ma5',
  呢: 'ne5',
  吧: 'ba5',
  啊: 'a5',
  呀: 'ya5',
  啦: 'la5',
  嘛: 'ma5',
  呗: 'bei5',
  喽: 'lou5',
  咯: 'lo5',
  么: 'me5',
  们: 'men5',
  哦: 'o4',
  为: 'wei4',
  干: 'gan4',
  教: 'jiao1',
  差: 'cha4',
  累: 'lei4',
  弹: 'tan2',
  谁: 'shei2',
  觉: 'jue2',
  行: 'xing2',
  长: 'chang2',
  乐: 'le4',
  重: 'zhong4',
  // Erhua entries (一点儿 yī diǎnr) outnumber 儿 as a word of its own (女儿 nǚ ér).
  儿: 'er2',
};

/**
 * Words left out of the word table because a line far more often says their characters as two
 * words, and the table is applied greedily without knowing the words around it: 我们都会去 is
 * dōu huì (all will), not dū huì (metropolis); 上面的 is miàn de, not the minibus miàn dī.
 */
const EXCLUDED_WORDS = new Set([
  // adverb + verb, verb + le, "is not"
  ...['都会', '不是', '这不', '到了', '明了', '知了', '终了', '未了'],
  // noun or adjective + the particle 的 (其中的, 很准的, 外面的, 很美的, 他打的)
  ...['中的', '准的', '面的', '美的', '打的', '端的'],
  // verb + the particle 着 (穿着衣服, 花着钱, 吸着烟, 引着他, 正着呢)
  ...['穿着', '花着', '吸着', '引着', '正着'],
  // verb or noun + the complement marker 得 (过得好, 走路得小心, 照得很亮, 顺利得很)
  ...['过得', '路得', '照得', '引得', '利得', '要得'],
]);

/**
 * CC-CEDICT writes a few words with 不 and 一 already changed by the next syllable (不是
 * bú shi); the engine's rule is dictionary tones throughout, so those go back to bù and yī.
 */
function withoutSandhi(chars: readonly string[], syllables: readonly string[]): string[] {
  return syllables.map((s, i) => {
    if (chars[i] === '不' && s === 'bu2') return 'bu4';
    if (chars[i] === '一' && (s === 'yi2' || s === 'yi4')) return 'yi1';
    return s;
  });
}

interface Entry {
  trad: string[];
  simp: string[];
  syllables: string[];
  /** CC-CEDICT capitalises the pinyin of proper names (长沙 Cháng shā, 正月 Zhēng yuè). */
  name: boolean;
}

function parse(text: string): Entry[] {
  const out: Entry[] = [];
  for (const raw of text.split('\n')) {
    if (raw.startsWith('#')) continue;
    const m = LINE.exec(raw);
    if (!m) continue;
    out.push({
      trad: [...m[1]!],
      simp: [...m[2]!],
      syllables: m[3]!.split(' '),
      name: /^[A-Z]/.test(m[3]!),
    });
  }
  return out;
}

const isBmp = (ch: string) => ch.length === 1;
const increment = <K>(map: Map<K, number>, key: K, by = 1) =>
  map.set(key, (map.get(key) ?? 0) + by);

interface Ambiguous {
  trad: string;
  counts: [string, number][];
  usedAsSimplified: number;
  chosen: string;
}

function tradSimp(entries: readonly Entry[]): {
  pairs: Map<string, string>;
  ambiguous: Ambiguous[];
} {
  const counts = new Map<string, Map<string, number>>();
  /** Entries that write a character in their simplified spelling, whatever its traditional. */
  const asSimplified = new Map<string, number>();
  for (const e of entries) {
    if (e.trad.length !== e.simp.length) continue;
    e.trad.forEach((t, i) => {
      const s = e.simp[i]!;
      increment(asSimplified, s);
      let m = counts.get(t);
      if (!m) counts.set(t, (m = new Map<string, number>()));
      increment(m, s);
    });
  }
  const pairs = new Map<string, string>();
  const ambiguous: Ambiguous[] = [];
  for (const [t, m] of counts) {
    if (![...m.keys()].some((s) => s !== t)) continue;
    const ranked = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [best, bestCount] = ranked[0]!;
    const tie = ranked[1] !== undefined && ranked[1][1] === bestCount;
    // A character that simplified text itself uses more (么 in 什么; CC-CEDICT also lists 么 as
    // a traditional form of 幺) is left alone: folding it would rewrite ordinary simplified text.
    const usedAsSimplified = asSimplified.get(t) ?? 0;
    const folds = best !== t && !tie && bestCount > usedAsSimplified && isBmp(t) && isBmp(best);
    const chosen = folds ? best : t;
    if (m.size > 1 || usedAsSimplified > 0)
      ambiguous.push({ trad: t, counts: ranked, usedAsSimplified, chosen });
    if (folds) pairs.set(t, best);
  }
  // One pass folds every character, so no target may itself be folded.
  const chains = [...pairs].filter(([, s]) => pairs.has(s));
  if (chains.length > 0) {
    throw new Error(`chained pairs: ${chains.map(([t, s]) => t + s + pairs.get(s)!).join(' ')}`);
  }
  return { pairs, ambiguous: ambiguous.sort((a, b) => (a.trad < b.trad ? -1 : 1)) };
}

/** The 3,755 level-1 characters of GB 2312 (rows 16–55): the common core of simplified text. */
function commonCharacters(): Set<string> {
  const decoder = new TextDecoder('gbk');
  const out = new Set<string>();
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = decoder.decode(new Uint8Array([row, cell]));
      if (ch.length === 1 && ch !== '\ufffd') out.add(ch);
    }
  }
  return out;
}

function charDefaults(entries: readonly Entry[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const e of entries) {
    // A name's reading of a character (单 Shàn as a surname) says little about everyday text.
    if (e.name || e.simp.length !== e.syllables.length) continue;
    e.simp.forEach((ch, i) => {
      const syllable = e.syllables[i]!.toLowerCase();
      if (!SYLLABLE.test(syllable) || /^[a-z0-9]$/i.test(ch)) return;
      let m = counts.get(ch);
      if (!m) counts.set(ch, (m = new Map<string, number>()));
      // A single-character entry counts half: many are literary or variant readings.
      increment(m, syllable, e.simp.length === 1 ? 0.5 : 1);
    });
  }
  const defaults = new Map<string, string>();
  for (const [ch, m] of counts) {
    const ranked = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    defaults.set(ch, HAND_DEFAULTS[ch] ?? ranked[0]![0]);
  }
  return defaults;
}

/** Neutral tones count most: 东西 dōng xi (thing) is what dialogue says, not dōng xī. */
const neutralCount = (syllables: readonly string[]) =>
  syllables.filter((s) => s.endsWith('5')).length;

function wordReadings(
  entries: readonly Entry[],
  defaults: ReadonlyMap<string, string>,
  common: ReadonlySet<string>,
): Map<string, string[]> {
  const readings = new Map<string, string[][]>();
  const names = new Map<string, string[][]>();
  for (const e of entries) {
    if (e.simp.length < 2 || e.simp.length > 4 || e.simp.length !== e.syllables.length) continue;
    if (!e.simp.every((ch) => common.has(ch))) continue;
    const syllables = withoutSandhi(
      e.simp,
      e.syllables.map((s) => s.toLowerCase()),
    );
    if (!syllables.every((s) => SYLLABLE.test(s))) continue;
    const word = e.simp.join('');
    if (EXCLUDED_WORDS.has(word)) continue;
    const table = e.name ? names : readings;
    table.set(word, [...(table.get(word) ?? []), syllables]);
  }
  // A name's reading counts only for a word that is nothing but a name (重庆, 长沙, 正月).
  for (const [word, options] of names) if (!readings.has(word)) readings.set(word, options);
  const out = new Map<string, string[]>();
  for (const [word, options] of readings) {
    const chars = [...word];
    const byDefault = chars.map((ch) => defaults.get(ch));
    const best = [...options].sort((a, b) => {
      const neutral = neutralCount(b) - neutralCount(a);
      if (neutral !== 0) return neutral;
      const aDefault = a.join() === byDefault.join() ? 0 : 1;
      const bDefault = b.join() === byDefault.join() ? 0 : 1;
      return aDefault - bDefault;
    })[0]!;
    if (best.join() === byDefault.join()) continue;
    // Only the syllables that differ are stored; an empty slot means "the character default".
    out.set(
      word,
      best.map((s, i) => (s === byDefault[i] ? '' : s)),
    );
  }
  return out;
}

const HEADER = `// Generated by scripts/build-zh-tables.ts from CC-CEDICT (2019-05-27, MDBG).
// CC-CEDICT is licensed CC BY-SA 4.0; this derived table is shared under the same licence.
// Do not edit by hand: change the script and run it again.
`;

function main() {
  const entries = parse(readSource(SOURCE));
  const { pairs, ambiguous } = tradSimp(entries);
  const sortedPairs = [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  writeFileSync(
    path.join(OUT_DIR, 'trad-simp.ts'),
    `${HEADER}
/** Pairs of characters, traditional then simplified: ${sortedPairs.length} pairs. */
export const TRAD_SIMP =
  '${sortedPairs.map(([t, s]) => t + s).join('')}';
`,
  );

  const defaults = charDefaults(entries);
  const bySyllable = new Map<string, string[]>();
  for (const [ch, syllable] of defaults) {
    bySyllable.set(syllable, [...(bySyllable.get(syllable) ?? []), ch]);
  }
  const charTable = [...bySyllable]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([syllable, chars]) => syllable + chars.sort().join(''))
    .join(' ');
  const words = wordReadings(entries, defaults, commonCharacters());
  const wordTable = [...words]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([word, syllables]) => `${word}=${syllables.join(',')}`)
    .join('|');
  writeFileSync(
    path.join(OUT_DIR, 'readings.ts'),
    `${HEADER}
/**
 * Default numbered reading of ${defaults.size} simplified characters, grouped by syllable:
 * \`syllable\` followed by its characters, groups separated by spaces.
 */
export const CHAR_READINGS =
  '${charTable}';

/**
 * ${words.size} words whose reading differs from their characters' defaults: \`word=s,s\` with
 * an empty slot where the character default holds, entries separated by \`|\`.
 */
export const WORD_READINGS =
  '${wordTable}';
`,
  );

  const list = ambiguous
    .map(
      (a) =>
        `| ${a.trad} | ${a.counts.map(([s, n]) => `${s} ${n}`).join(', ')} | ${a.usedAsSimplified} | ${a.chosen === a.trad ? 'kept' : a.chosen} |`,
    )
    .join('\n');
  writeFileSync(
    path.join(OUT_DIR, 'README.md'),
    `# Chinese character tables (generated)

Made by \`scripts/build-zh-tables.ts\` from **CC-CEDICT** (release 2019-05-27, published by MDBG,
community maintained; based on CEDICT by Paul Andrew Denisowski). CC-CEDICT is licensed under
Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0); these derived tables are
shared under the same licence. The rest of the engine is the project's own code.

- \`trad-simp.ts\`: ${pairs.size} traditional → simplified character pairs, one character to one
  character, from entries whose two spellings align character by character. Characters outside
  the Basic Multilingual Plane are left out (a handful of rare forms).
- \`readings.ts\`: default pinyin of ${defaults.size} characters and ${words.size} words of 2–4
  common characters (GB 2312 level 1) that the defaults read wrong, proper names among them
  (重庆 Chóng qìng) when the word is not also a common noun.

## Ambiguous characters

Traditional characters that simplified text writes more than one way, or that simplified text
also uses as they are. Counts are CC-CEDICT entries. A character folds to its majority
simplified spelling only when that spelling is more common than the character itself in
simplified text (乾 → 干, but 么 stays: CC-CEDICT lists it as a traditional form of 幺, yet
simplified text writes it in 什么). A kept character is matched only as written, so a note that
needs both spellings names both in \`forms\`.

| traditional | its simplified spellings (entries) | entries writing it in simplified | folds to |
|---|---|---|---|
${list}
`,
  );
  console.log(
    `${pairs.size} pairs (${ambiguous.length} ambiguous), ${defaults.size} characters, ${words.size} words`,
  );
}

main();
