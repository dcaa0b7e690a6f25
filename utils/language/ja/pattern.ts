import { PatternError } from '../types';
import { C, CLASS_BY_NAME } from './classes';
import { isHiragana, isKanji, isKatakana, shiftVowel, vowelOf } from './kana';
import { longVowelSpellings, type Stretch } from './long-vowels';
import { normalize, type NormalizeOptions } from './normalize';

/** Lines and patterns are normalised the same way before matching. */
export const MATCH_NORMALIZATION: NormalizeOptions = { foldKana: true, dropSpaces: true };

/**
 * One literal spelling of a pattern after particle slots are expanded: `fixed` must occur in
 * the line; when `lemmas` is set, the kana after it must make `fixed + kana` deinflect to one
 * of the lemmas as a word of `classes`. All strings are normalised.
 */
export interface Variant {
  noteId: string;
  fixed: string;
  lemmas: readonly string[] | null;
  classes: number;
  /** Written with a leading ～ (～さん): it must follow a name (suffix.ts). */
  suffix: boolean;
  /** Long-vowel marks the line must show for this spelling (long-vowels.ts); usually none. */
  stretches: readonly Stretch[];
}

/** How the final word of a pattern inflects and how much of its end is not part of the stem. */
interface Inflection {
  classes: number;
  /** Characters at the end of the pattern that change between forms. */
  ending: number;
  /** Alternative dictionary-form endings (いい and よい are one adjective). */
  lemmaEndings?: readonly string[];
}

/** Godan verbs ending in -iru/-eru that the e/i-row rule would read as ichidan. */
const GODAN_IRU_ERU = new Set([
  '走る',
  '混じる',
  '交じる',
  'しゃべる',
  'すべる',
  'いじる',
  'かじる',
  'ねじる',
  'ちぎる',
  'にぎる',
  'ひねる',
  'しくじる',
  'なじる',
  'ののしる',
  'あせる',
]);

/** One-kanji ichidan verbs: kanji + る is otherwise read as godan (切る, 知る, 入る). */
const ICHIDAN_ONE_KANJI = new Set('見居着寝出煮似得経干射鋳診観視'.split(''));

const GODAN_BY_KANA: Readonly<Record<string, number>> = {
  う: C.v5u,
  く: C.v5k,
  ぐ: C.v5g,
  す: C.v5s,
  つ: C.v5t,
  ぬ: C.v5n,
  ぶ: C.v5b,
  む: C.v5m,
};

const ARU_ENDINGS = [
  'ござる',
  'くださる',
  '下さる',
  'なさる',
  'いらっしゃる',
  'おっしゃる',
  '仰る',
];

/** Endings that are already polite forms, not dictionary forms: such patterns are literal. */
const POLITE_ENDINGS = /(?:ます|ました|ません|です|でした)$/;

/** Reads the conjugation class off a pattern's end (see README for the rules). */
function inferInflection(body: string): Inflection | null {
  if (POLITE_ENDINGS.test(body)) return null;
  const last = body.slice(-1);
  const prev = body.slice(-2, -1);
  if (ARU_ENDINGS.some((e) => body.endsWith(e))) return { classes: C.v5aru, ending: 1 };
  if (body.endsWith('する')) return { classes: C.vs, ending: 2 };
  if (body.endsWith('ずる')) return { classes: C.vz, ending: 2 };
  if (body.endsWith('来る')) return { classes: C.vk, ending: 1 };
  if (body === 'くる' || /[てで]くる$/.test(body)) return { classes: C.vk, ending: 2 };
  if (body.endsWith('ある')) return { classes: C.v5rI, ending: 2 };
  if (/[有在]る$/.test(body)) return { classes: C.v5rI, ending: 1 };
  if (/(?:行く|逝く|いく|ゆく)$/.test(body)) return { classes: C.v5kS, ending: 1 };
  if (body.endsWith('いい') || body.endsWith('よい'))
    return { classes: C.adjI, ending: 2, lemmaEndings: ['いい', 'よい'] };
  if (last === 'い') return { classes: C.adjI, ending: 1 };
  if (last === 'だ' && body.length > 1)
    return { classes: C.adjNa | C.noun, ending: 1, lemmaEndings: [''] };
  const godan = GODAN_BY_KANA[last];
  if (godan) return { classes: godan, ending: 1 };
  if (last === 'る' && prev) return { classes: ruVerbClass(body, prev), ending: 1 };
  return null;
}

function ruVerbClass(body: string, prev: string): number {
  if ([...GODAN_IRU_ERU].some((v) => body.endsWith(v))) return C.v5r;
  if (isKatakana(prev)) return C.v5r; // slang from loanwords: ググる, サボる, ディスる
  if (isKanji(prev)) return ICHIDAN_ONE_KANJI.has(prev) ? C.v1 : C.v5r;
  return /[いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ]/.test(prev) ? C.v1 : C.v5r;
}

/** An explicit `|class` names the class; the ending it changes follows from the class. */
function explicitInflection(
  body: string,
  name: string,
  pattern: string,
  noteId: string,
): Inflection {
  const classes = CLASS_BY_NAME[name];
  if (classes === undefined) throw new PatternError(noteId, pattern, `unknown class "${name}"`);
  switch (name) {
    case 'adj-na':
      return { classes, ending: 0 };
    case 'adj-ix':
      return { classes, ending: 2, lemmaEndings: ['いい', 'よい'] };
    case 'vs':
    case 'vz':
      return { classes, ending: 2 };
    case 'vk':
      return { classes, ending: body.endsWith('来る') ? 1 : 2 };
    case 'v5r-i':
      return { classes, ending: body.endsWith('ある') ? 2 : 1 };
    default:
      return { classes, ending: 1 };
  }
}

type Segment = { text: string } | { options: readonly string[] };

function slotOptions(particle: string): readonly string[] {
  if (particle === 'が' || particle === 'は' || particle === 'も') return ['が', 'は', 'も', ''];
  if (particle === 'を') return ['を', 'は', 'も', ''];
  if (/^[にでとへ]$/.test(particle)) return [particle, particle + 'は', particle + 'も', ''];
  return [particle, ''];
}

const MAX_SLOTS = 3;

/** Splits `顔{が}広い` into literal text and particle slots. */
function parseSegments(body: string, pattern: string, noteId: string): Segment[] {
  const segments: Segment[] = [];
  let rest = body;
  for (;;) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (open < 0) {
      if (close >= 0) throw new PatternError(noteId, pattern, 'unmatched "}"');
      if (rest) segments.push({ text: rest });
      return segments;
    }
    if (close < open) throw new PatternError(noteId, pattern, 'unmatched "}"');
    const particle = rest.slice(open + 1, close);
    if (!particle || particle.includes('{'))
      throw new PatternError(noteId, pattern, 'a slot holds one particle: {が}');
    if (open > 0) segments.push({ text: rest.slice(0, open) });
    segments.push({ options: slotOptions(particle) });
    rest = rest.slice(close + 1);
  }
}

/**
 * A が or は right before a final verb or adjective written with kanji (腹が立つ, 顔が広い) is a
 * particle slot, so 腹立つ and 腹も立つ match too.
 */
function autoSlot(segments: Segment[]): Segment[] {
  const lastSeg = segments[segments.length - 1];
  if (segments.length !== 1 || !lastSeg || !('text' in lastSeg)) return segments;
  const text = lastSeg.text;
  let i = text.length;
  while (i > 0 && isHiragana(text[i - 1]!)) i--;
  const kanjiEnd = i;
  while (i > 0 && isKanji(text[i - 1]!)) i--;
  if (i === kanjiEnd || i < 2 || !'がは'.includes(text[i - 1]!)) return segments;
  return [
    { text: text.slice(0, i - 1) },
    { options: slotOptions(text[i - 1]!) },
    { text: text.slice(i) },
  ];
}

function expand(segments: readonly Segment[]): string[] {
  let out = [''];
  for (const seg of segments) {
    const opts = 'text' in seg ? [seg.text] : seg.options;
    out = out.flatMap((prefix) => opts.map((o) => prefix + o));
  }
  return out;
}

/**
 * Pauses a line may put inside a fixed phrase (お前はもう……死んでいる, 海賊王に、俺はなる！,
 * 黙れ、小僧) as they read after normalising: 、 (half-width ､ too), and the ASCII forms NFKC
 * makes of ，！？ and of the ellipses … ‥ (dots). The matcher passes over them between two
 * characters of a fixed part; 。 stays a boundary, since a phrase across two sentences is two
 * phrases.
 */
export function isPause(code: number): boolean {
  return code === 0x3001 || code === 0x2c || code === 0x2e || code === 0x21 || code === 0x3f;
}

const PAUSES = /[、,.!?]/g;

/** Normalised, with pauses left out: a pattern written with 、 matches a line without one. */
const norm = (s: string) => normalize(s, MATCH_NORMALIZATION).text.replace(PAUSES, '');

/**
 * Compiles one pattern (README.md) to its literal variants. Throws PatternError when the
 * pattern cannot match anything sensibly.
 */
export function compilePattern(noteId: string, pattern: string): Variant[] {
  let body = pattern.replace(/\s+/gu, '');
  const exact = body.endsWith('=');
  if (exact) body = body.slice(0, -1);
  let className: string | null = null;
  const bar = body.lastIndexOf('|');
  if (bar >= 0) {
    className = body.slice(bar + 1);
    body = body.slice(0, bar);
    if (exact) throw new PatternError(noteId, pattern, '"=" and "|class" exclude each other');
  }
  // ～ marks where a suffix or prefix attaches (～さん); it is not matched. A suffix must
  // follow a name (see suffix.ts).
  const suffix = /^[～〜~]/u.test(body);
  body = body.replace(/^[～〜~]+|[～〜~]+$/gu, '');
  if (!body) throw new PatternError(noteId, pattern, 'empty pattern');

  let segments = parseSegments(body, pattern, noteId);
  if (segments.filter((s) => 'options' in s).length > MAX_SLOTS)
    throw new PatternError(noteId, pattern, `more than ${MAX_SLOTS} particle slots`);
  const plain = expand(segments)[0]!;
  const inflection = exact
    ? null
    : className !== null
      ? explicitInflection(plain, className, pattern, noteId)
      : inferInflection(plain);
  if (inflection) segments = autoSlot(segments);

  const tail = segments[segments.length - 1];
  const ending = inflection?.ending ?? 0;
  if (!tail || !('text' in tail) || tail.text.length < ending)
    throw new PatternError(noteId, pattern, 'the inflecting word must end the pattern');
  const head = segments.slice(0, -1);
  const stem = tail.text.slice(0, tail.text.length - ending);
  const lemmaTails = inflection
    ? (inflection.lemmaEndings ?? [tail.text.slice(stem.length)]).map((e) => stem + e)
    : null;

  const stems = [stem];
  if (inflection?.classes === C.adjI && !inflection.lemmaEndings) {
    const spoken = spokenAdjectiveStem(stem);
    if (spoken) stems.push(spoken);
  }
  const variants: Variant[] = [];
  for (const prefix of expand(head)) {
    for (const s of stems) {
      const fixed = norm(prefix + s);
      if (!fixed) throw new PatternError(noteId, pattern, 'no fixed text to find in a line');
      const lemmas = lemmaTails && lemmaTails.map((t) => norm(prefix + t));
      for (const spelling of respell(fixed, lemmas)) {
        variants.push({ noteId, ...spelling, classes: inflection?.classes ?? 0, suffix });
      }
    }
  }
  return variants;
}

type Respelled = Pick<Variant, 'fixed' | 'lemmas' | 'stretches'>;

/**
 * A variant's fixed part and dictionary forms with their long vowels written each way a line
 * may write them (long-vowels.ts). With one dictionary form that starts with the fixed part,
 * its last kana is respelled too: a noun read as a verb or adjective ends in its long vowel
 * (ありがとう ~ ありがとー, せんせい ~ せんせー). Otherwise (いい/よい, the rough-speech stem
 * すげ of すごい) only the start they all share is.
 */
function respell(fixed: string, lemmas: readonly string[] | null): Respelled[] {
  const whole = lemmas?.length === 1 && lemmas[0]!.startsWith(fixed) ? lemmas[0]! : null;
  if (whole !== null) {
    const where = (i: number) => i < fixed.length || i === whole.length - 1;
    return longVowelSpellings(whole, where).map(({ text, stretches, map }) => ({
      fixed: text.slice(0, map[fixed.length]),
      lemmas: [text],
      stretches,
    }));
  }
  let shared = fixed.length;
  for (const l of lemmas ?? []) {
    let n = 0;
    while (n < shared && l[n] === fixed[n]) n++;
    shared = n;
  }
  return longVowelSpellings(fixed.slice(0, shared)).map(({ text, stretches }) => ({
    fixed: text + fixed.slice(shared),
    lemmas: lemmas && lemmas.map((l) => text + l.slice(shared)),
    stretches,
  }));
}

/**
 * Vowel fusion in rough speech changes the last kana of an adjective's stem (すご → すげえ,
 * 仕方な → 仕方ねえ, さむ → さみい), so that stem is a second fixed part to look for.
 */
function spokenAdjectiveStem(stem: string): string | null {
  const last = stem.slice(-1);
  if (!isHiragana(last)) return null;
  const vowel = vowelOf(last);
  const shifted =
    vowel === 'a' || vowel === 'o'
      ? shiftVowel(last, 'e')
      : vowel === 'u'
        ? shiftVowel(last, 'i')
        : '';
  return shifted && stem.length > 1 ? stem.slice(0, -1) + shifted : null;
}
