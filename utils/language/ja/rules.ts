import { C } from './classes';
import { fullRows, shiftVowel } from './kana';

/**
 * One deinflection step: a word of a class in `in` that ends in `from` may be the word ending
 * in `to`, of class `out`, put through `reasons` (named from the dictionary form outwards).
 * The table below is written for Nunchi from the standard conjugation paradigms.
 */
export interface Rule {
  from: string;
  to: string;
  in: number;
  out: number;
  reasons: readonly string[];
  /** The rule applies only when what precedes `from` ends in a kanji (痛え → 痛い). */
  afterKanji?: boolean;
}

/** Reason of the adjective stem + っ exclamation (キモっ); valid only at the end of a phrase. */
export const CLIPPED = 'clipped: っ';

/** The stems a verb class builds its forms on. */
interface VerbSpec {
  out: number;
  /** Dictionary-form ending restored by every rule of the class. */
  dict: string;
  /** Before ない / ないで; null when the class forms its negative otherwise (ある → ない). */
  nai: string | null;
  /** Before ず / ぬ / ん. */
  zu: string;
  /** Continuative (masu stem). */
  cont: readonly string[];
  /** Before ば. */
  hyp: string;
  /** ば contracted in speech: 書きゃ, 食べりゃ. */
  hypSpoken?: string;
  imp: readonly string[];
  vol: string;
  te: string;
  ta: string;
  potential: readonly string[];
  passive: readonly string[];
  /** Causative in せる (a v1 verb). */
  causative: readonly string[];
  /** Short causative in す (a v5s verb): 書かす, 食べさす. */
  causativeShort: readonly string[];
}

const POLITE: readonly [string, readonly string[]][] = [
  ['ます', ['polite']],
  ['ました', ['polite', 'past']],
  ['ません', ['polite', 'negative']],
  ['ませんでした', ['polite', 'negative', 'past']],
  ['ましょう', ['polite', 'volitional']],
  ['まして', ['polite', 'te-form']],
  ['ましたら', ['polite', 'conditional: たら']],
  ['ませ', ['polite', 'imperative']],
];

const S = C.surface;

/** te-form contractions: て → ちゃう/とく/ちゃ, で → じゃう/どく/じゃ. */
function teContracted(te: string, clear: string, voiced: string): string {
  return te.slice(0, -1) + (te.endsWith('で') ? voiced : clear);
}

function verbRules(spec: VerbSpec): Rule[] {
  const rules: Rule[] = [];
  const add = (from: string, inClass: number, reasons: readonly string[], out = spec.out) =>
    rules.push({ from, to: spec.dict, in: inClass, out, reasons });

  for (const cont of spec.cont) {
    for (const [ending, reasons] of POLITE) add(cont + ending, S, reasons);
    // ください, なさい: for these verbs the imperative is the better reading of the same form.
    if (!spec.imp.includes(cont)) add(cont, S, ['continuative']);
    add(cont + 'なさい', S, ['imperative: なさい']);
    add(cont + 'ながら', S, ['while: ながら']);
    add(cont + 'そう', S, ['appearance: そう']);
    add(cont + 'たい', C.adjI, ['desire']);
    add(cont + 'たがる', C.v5r, ['desire: たがる']);
    add(cont + 'すぎる', C.v1, ['excess: すぎる']);
    add(cont + 'やがる', C.v5r, ['colloquial: やがる']);
    add(cont + 'やすい', C.adjI, ['easy to: やすい']);
    add(cont + 'にくい', C.adjI, ['hard to: にくい']);
    add(cont + 'づらい', C.adjI, ['hard to: づらい']);
  }

  const { te, ta } = spec;
  add(te, S, ['te-form']);
  add(ta, S, ['past']);
  add(ta + 'ら', S, ['conditional: たら']);
  add(ta + 'り', S, ['listing: たり']);
  add(te + 'も', S, ['even if: ても']);
  add(te + 'ください', S, ['request: ください']);
  add(te + 'くれ', S, ['request: くれ']);
  add(teContracted(te, 'ちゃ', 'じゃ'), S, ['colloquial: ちゃ (ては)']);
  add(te + 'いる', C.v1, ['progressive: ている']);
  add(te + 'る', C.v1, ['colloquial: てる']);
  add(te + 'おる', C.v5r, ['ておる']);
  add(te + 'おく', C.v5k, ['ておく']);
  add(teContracted(te, 'とく', 'どく'), C.v5k, ['colloquial: とく']);
  add(te + 'しまう', C.v5u, ['てしまう']);
  add(teContracted(te, 'ちゃう', 'じゃう'), C.v5u, ['colloquial: ちゃう']);
  add(teContracted(te, 'ちまう', 'じまう'), C.v5u, ['colloquial: ちまう']);
  add(te + 'ある', C.v5rI, ['てある']);
  add(te + 'いく', C.v5kS, ['ていく']);
  add(te + 'く', C.v5kS, ['colloquial: てく']);
  add(te + 'くる', C.vk, ['てくる']);
  add(te + 'みる', C.v1, ['てみる']);
  add(te + 'あげる', C.v1, ['てあげる']);
  add(te + 'くれる', C.v1, ['てくれる']);
  add(te + 'もらう', C.v5u, ['てもらう']);

  if (spec.nai !== null) {
    add(spec.nai + 'ない', C.adjI, ['negative']);
    add(spec.nai + 'ないで', S, ['negative', 'te-form']);
  }
  add(spec.zu + 'ず', S, ['negative: ず']);
  add(spec.zu + 'ずに', S, ['negative: ず']);
  add(spec.zu + 'ぬ', S, ['negative: ぬ']);
  add(spec.zu + 'ん', S, ['negative: ん']);

  add(spec.hyp + 'ば', S, ['conditional: ば']);
  if (spec.hypSpoken) add(spec.hypSpoken, S, ['conditional: ば (colloquial)']);
  for (const imp of spec.imp) {
    add(imp, S, ['imperative']);
    // 読めよ, 食べろよ: the imperative with sentence-final よ, as said in dialogue.
    if (!imp.endsWith('よ')) add(imp + 'よ', S, ['imperative']);
  }
  add(spec.vol, S, ['volitional']);
  add(spec.dict + 'な', S, ['prohibitive: な']);
  if (spec.dict.endsWith('る')) {
    const stem = spec.dict.slice(0, -1);
    // る before な is said ん: 気にすんな, 来んな, 帰んな.
    add(stem + 'んな', S, ['prohibitive: な']);
    // る before the explanatory の/ん is said ん too: 何すんの, 気にすんじゃねえ, 帰んだよ.
    for (const tail of ['んの', 'んだ', 'んじゃ']) add(stem + tail, S, ['explanatory: の']);
  }
  add(spec.dict + 'なら', S, ['conditional: なら']);

  for (const p of spec.potential) add(p, C.v1, ['potential']);
  for (const p of spec.passive) add(p, C.v1, ['passive']);
  for (const c of spec.causative) {
    add(c, C.v1, ['causative']);
    add(c.slice(0, -1) + 'られる', C.v1, ['causative', 'passive']);
  }
  for (const c of spec.causativeShort) {
    add(c, C.v5s, ['causative']);
    add(c.slice(0, -1) + 'される', C.v1, ['causative', 'passive']);
  }
  return rules;
}

interface GodanRow {
  out: number;
  dict: string;
  /** Stems in the a, i, e, o columns. */
  a: string;
  i: string;
  e: string;
  o: string;
  te: string;
  ta: string;
}

const GODAN: readonly GodanRow[] = [
  { out: C.v5u, dict: 'う', a: 'わ', i: 'い', e: 'え', o: 'お', te: 'って', ta: 'った' },
  { out: C.v5k, dict: 'く', a: 'か', i: 'き', e: 'け', o: 'こ', te: 'いて', ta: 'いた' },
  { out: C.v5g, dict: 'ぐ', a: 'が', i: 'ぎ', e: 'げ', o: 'ご', te: 'いで', ta: 'いだ' },
  { out: C.v5s, dict: 'す', a: 'さ', i: 'し', e: 'せ', o: 'そ', te: 'して', ta: 'した' },
  { out: C.v5t, dict: 'つ', a: 'た', i: 'ち', e: 'て', o: 'と', te: 'って', ta: 'った' },
  { out: C.v5n, dict: 'ぬ', a: 'な', i: 'に', e: 'ね', o: 'の', te: 'んで', ta: 'んだ' },
  { out: C.v5b, dict: 'ぶ', a: 'ば', i: 'び', e: 'べ', o: 'ぼ', te: 'んで', ta: 'んだ' },
  { out: C.v5m, dict: 'む', a: 'ま', i: 'み', e: 'め', o: 'も', te: 'んで', ta: 'んだ' },
  { out: C.v5r, dict: 'る', a: 'ら', i: 'り', e: 'れ', o: 'ろ', te: 'って', ta: 'った' },
  { out: C.v5kS, dict: 'く', a: 'か', i: 'き', e: 'け', o: 'こ', te: 'って', ta: 'った' },
  { out: C.v5uS, dict: 'う', a: 'わ', i: 'い', e: 'え', o: 'お', te: 'うて', ta: 'うた' },
  { out: C.v5rI, dict: 'る', a: 'ら', i: 'り', e: 'れ', o: 'ろ', te: 'って', ta: 'った' },
];

function godanSpec(row: GodanRow): VerbSpec {
  return {
    out: row.out,
    dict: row.dict,
    nai: row.out === C.v5rI ? null : row.a,
    zu: row.a,
    cont: [row.i],
    hyp: row.e,
    // 書けば → 書きゃ; the う row has no such syllable.
    hypSpoken: row.i === 'い' ? undefined : row.i + 'ゃ',
    imp: [row.e],
    vol: row.o + 'う',
    te: row.te,
    ta: row.ta,
    potential: row.out === C.v5rI ? [] : [row.e + 'る'],
    passive: [row.a + 'れる'],
    causative: [row.a + 'せる'],
    causativeShort: [row.a + 'す'],
  };
}

/** Honorific verbs in ～る whose continuative and imperative end in い (ございます, なさい). */
const ARU_VERBS = ['ござ', 'くださ', '下さ', 'なさ', 'いらっしゃ', 'おっしゃ', '仰'];

function aruRules(): Rule[] {
  return ARU_VERBS.flatMap((stem) =>
    verbRules({
      out: C.v5aru,
      dict: stem + 'る',
      nai: stem + 'ら',
      zu: stem + 'ら',
      cont: [stem + 'い', stem + 'り'],
      hyp: stem + 'れ',
      imp: [stem + 'い'],
      vol: stem + 'ろう',
      te: stem + 'って',
      ta: stem + 'った',
      potential: [],
      passive: [stem + 'られる'],
      causative: [],
      causativeShort: [],
    }),
  );
}

const ICHIDAN: VerbSpec = {
  out: C.v1,
  dict: 'る',
  nai: '',
  zu: '',
  cont: [''],
  hyp: 'れ',
  hypSpoken: 'りゃ',
  imp: ['ろ', 'よ'],
  vol: 'よう',
  te: 'て',
  ta: 'た',
  // れる is the "ra-less" potential of speech (食べれる).
  potential: ['られる', 'れる'],
  passive: ['られる'],
  causative: ['させる'],
  causativeShort: ['さす'],
};

/** 来る in kana, or with its kanji kept (来ない, 来ます, 来い: the reading moves, the kanji stays). */
function kuruSpec(k: '' | '来'): VerbSpec {
  const [ko, ki, ku] = k ? [k, k, k] : ['こ', 'き', 'く'];
  return {
    out: C.vk,
    dict: ku + 'る',
    nai: ko,
    zu: ko,
    cont: [ki],
    hyp: ku + 'れ',
    hypSpoken: ku + 'りゃ',
    imp: [ko + 'い'],
    vol: ko + 'よう',
    te: ki + 'て',
    ta: ki + 'た',
    potential: [ko + 'られる', ko + 'れる'],
    passive: [ko + 'られる'],
    causative: [ko + 'させる'],
    causativeShort: [ko + 'さす'],
  };
}

const SURU: VerbSpec = {
  out: C.vs,
  dict: 'する',
  nai: 'し',
  zu: 'せ',
  cont: ['し'],
  hyp: 'すれ',
  hypSpoken: 'すりゃ',
  imp: ['しろ', 'せよ'],
  vol: 'しよう',
  te: 'して',
  ta: 'した',
  potential: ['できる'],
  passive: ['される'],
  causative: ['させる'],
  causativeShort: ['さす'],
};

/** 感ずる and other ～ずる verbs (literary; their ～じる twins are ordinary ichidan). */
const ZURU: VerbSpec = {
  out: C.vz,
  dict: 'ずる',
  nai: 'じ',
  zu: 'ぜ',
  cont: ['じ'],
  hyp: 'ずれ',
  imp: ['じろ', 'ぜよ'],
  vol: 'じよう',
  te: 'じて',
  ta: 'じた',
  potential: [],
  passive: ['ぜられる'],
  causative: ['じさせる'],
  causativeShort: [],
};

function adjectiveRules(): Rule[] {
  const rules: Rule[] = [];
  const add = (from: string, inClass: number, reasons: readonly string[], to = 'い') =>
    rules.push({ from, to, in: inClass, out: C.adjI, reasons });
  add('く', S, ['adverbial']);
  add('くて', S, ['te-form']);
  add('かった', S, ['past']);
  add('かったら', S, ['conditional: たら']);
  add('かったり', S, ['listing: たり']);
  add('ければ', S, ['conditional: ば']);
  add('けりゃ', S, ['conditional: ば (colloquial)']);
  add('かろう', S, ['presumptive']);
  add('さ', S, ['noun: さ']);
  add('そう', S, ['appearance: そう']);
  add('くても', S, ['even if: ても']);
  add('くては', S, ['te-form']);
  add('いです', S, ['polite']);
  add('かったです', S, ['polite', 'past']);
  add('くありません', S, ['polite', 'negative']);
  add('くありませんでした', S, ['polite', 'negative', 'past']);
  add('くない', C.adjI, ['negative']);
  add('すぎる', C.v1, ['excess: すぎる']);
  add('くなる', C.v5r, ['become: なる']);
  // The clipped exclamation: the stem and a small っ (キモっ, 痛っ, 寒っ, うまっ). Read only where
  // the っ closes a phrase; the matcher and lookup see to that (CLIPPED).
  add('っ', S, [CLIPPED]);
  // ない's own spoken forms: しなきゃ (must), 行かなくちゃ, 知らなけりゃ.
  add('なきゃ', S, ['colloquial: なきゃ'], 'ない');
  add('なくちゃ', S, ['colloquial: なくちゃ'], 'ない');
  // よい and ない take さ before そう/すぎる: よさそう, なさすぎる.
  add('よさそう', S, ['appearance: そう'], 'よい');
  add('なさそう', S, ['appearance: そう'], 'ない');
  add('よさすぎる', C.v1, ['excess: すぎる'], 'よい');
  add('なさすぎる', C.v1, ['excess: すぎる'], 'ない');
  return rules;
}

/**
 * Rough speech fuses the vowels of an adjective's last syllable: -ai and -oi become -ee
 * (すごい → すげえ, ない → ねえ, うるさい → うるせえ), -ui becomes -ii (さむい → さみい).
 */
function spokenAdjectiveRules(): Rule[] {
  const rules: Rule[] = [];
  const reasons = ['colloquial: vowel fusion'];
  for (const row of fullRows()) {
    const e = shiftVowel(row[0]!, 'e');
    for (const base of [row[0]!, row[4]!]) {
      rules.push({ from: e + 'え', to: base + 'い', in: S, out: C.adjI, reasons });
    }
    const i = shiftVowel(row[0]!, 'i');
    if (i !== 'い') rules.push({ from: i + 'い', to: row[2]! + 'い', in: S, out: C.adjI, reasons });
  }
  // With the stem in kanji only the い changes: 痛え, 寒い → 寒み is not written.
  rules.push({ from: 'え', to: 'い', in: S, out: C.adjI, reasons, afterKanji: true });
  return rules;
}

/** The copula after an adjectival noun or a noun: 静かだった, 学生じゃない, 綺麗な. */
function copulaRules(): Rule[] {
  const rules: Rule[] = [];
  const both = C.adjNa | C.noun;
  const add = (from: string, inClass: number, reasons: readonly string[], out = both) =>
    rules.push({ from, to: '', in: inClass, out, reasons });
  add('だ', S, ['copula']);
  add('です', S, ['polite']);
  add('だった', S, ['past']);
  add('でした', S, ['polite', 'past']);
  add('だったら', S, ['conditional: たら']);
  add('なら', S, ['conditional: なら']);
  add('だろう', S, ['presumptive']);
  add('でしょう', S, ['polite', 'presumptive']);
  add('で', S, ['te-form']);
  add('じゃありません', S, ['polite', 'negative']);
  add('ではありません', S, ['polite', 'negative']);
  add('じゃない', C.adjI, ['negative']);
  add('ではない', C.adjI, ['negative']);
  add('な', S, ['attributive: な'], C.adjNa);
  add('に', S, ['adverbial: に'], C.adjNa);
  return rules;
}

function buildRules(): Rule[] {
  return [
    ...verbRules(ICHIDAN),
    ...GODAN.flatMap((row) => verbRules(godanSpec(row))),
    { from: 'ない', to: 'ある', in: C.adjI, out: C.v5rI, reasons: ['negative'] },
    // ら before な is said ん: わかんない, 信じらんない.
    { from: 'んない', to: 'る', in: C.adjI, out: C.v5r, reasons: ['negative'] },
    { from: 'らんない', to: 'る', in: C.adjI, out: C.v1, reasons: ['potential', 'negative'] },
    ...aruRules(),
    ...verbRules(kuruSpec('')),
    ...verbRules(kuruSpec('来')),
    ...verbRules(SURU),
    ...verbRules(ZURU),
    ...adjectiveRules(),
    ...spokenAdjectiveRules(),
    ...copulaRules(),
  ];
}

export const RULES: readonly Rule[] = buildRules();
