import { isVowel } from './hangul';

/**
 * The allomorphs of one predicate stem, as flat jamo strings that a surface form starts with.
 *
 * - `base` (B): before consonant-initial endings (고 지 네 는 다 습니다 겠 …)
 * - `u` (U): the 으-form, always vowel-final or ㄹ-final, before 면 니까 시 ㄴ ㄹ ㅂ니다 …
 * - `a` (A): the 아/어 infinitive with its contractions (가, 와, 봐, 줘, 돼, 해, 써, 빨라, 가벼워 …),
 *   before ∅ 요 서 도 야 and the past ㅆ.
 */
export interface Conj {
  base: string[];
  u: string[];
  a: string[];
  /** Final ㄹ of base/u drops before ㄴ ㅂ ㅅ and a final ㄹ (살 → 사는, 삽니다, 사세요, 살). */
  lDrop: boolean;
  /** ㅎ-irregular: base may also lose ㅎ before ㄴ (그렇네 ~ 그러네). */
  hDrop: boolean;
  /**
   * The copula 이다 (adds 이야, 이에요, 이라서 …): `full` with its 이 (or 아니다), `elided` when
   * 이 is dropped after a vowel-final noun (나무야), which takes fewer endings.
   */
  copula: false | 'full' | 'elided';
}

interface Last {
  head: string;
  initial: string;
  medial: string;
  final: string;
}

/** Splits a jamo stem into everything before its last syllable and that syllable's parts. */
function lastSyllable(stem: string): Last | null {
  let i = stem.length - 1;
  while (i >= 0 && !isVowel(stem[i])) i--;
  if (i < 1) return null;
  return {
    head: stem.slice(0, i - 1),
    initial: stem[i - 1]!,
    medial: stem[i]!,
    final: stem.slice(i + 1),
  };
}

function lastVowel(j: string): string | undefined {
  for (let i = j.length - 1; i >= 0; i--) if (isVowel(j[i])) return j[i];
  return undefined;
}

/** 아 after a "bright" vowel (ㅏ ㅗ ㅑ ㅘ), 어 otherwise. */
function harmony(medial: string | undefined): 'ㅏ' | 'ㅓ' {
  return medial === 'ㅏ' || medial === 'ㅗ' || medial === 'ㅑ' || medial === 'ㅘ' ? 'ㅏ' : 'ㅓ';
}

/*
 * Irregular classes by the last syllable of the stem (as written, without 다). Compounds share
 * their head's class (알아듣다 like 듣다, 붙잡다 like 잡다), so lookups go by the stem's ending.
 */
const B_REGULAR = ['입', '잡', '좁', '씹', '뽑', '업', '접', '집', '꼽', '수줍'];
const B_BOTH = ['굽'];
const D_IRREGULAR = ['듣', '싣', '깨닫', '일컫', '붇', '긷', '눋'];
const D_BOTH = ['묻', '걷'];
const S_IRREGULAR = ['낫', '짓', '잇', '붓', '긋', '젓', '잣'];
const H_REGULAR = ['좋', '놓', '넣', '낳', '쌓', '닿', '땋', '찧', '빻'];
const REO_IRREGULAR = ['푸르', '누르'];
const REO_BOTH = ['이르'];
const EU_DROP_REU = ['따르', '치르', '들르', '다다르', '우러르', '잇따르'];

function endsWithAny(stemText: string, list: readonly string[]): boolean {
  return list.some((w) => stemText.endsWith(w));
}

/**
 * Allomorph sets of a stem (jamo, without 다). `stemText` is the same stem as syllables, used
 * for the irregular lexicon. Ambiguous stems (묻다 bury/ask) give two sets.
 */
export function conjugate(stem: string, stemText: string): Conj[] {
  const last = lastSyllable(stem);
  if (!last) return [];
  const { head, initial, medial, final } = last;
  const open = head + initial + medial;
  const conj = (a: string[], u: string[] = [stem], extra: Partial<Conj> = {}): Conj => ({
    base: [stem],
    u,
    a,
    lDrop: false,
    hDrop: false,
    copula: false,
    ...extra,
  });
  const regularA = stem + 'ㅇ' + harmony(medial);

  if (final === '') {
    const vowel = vowelStem(stem, stemText, last, conj);
    // 아니다 is the negative copula: 아니야, 아니에요, 아니라서.
    return [stemText.endsWith('아니') ? { ...vowel, copula: 'full' } : vowel];
  }
  if (final === 'ㄹ') {
    // 말다 "don't" has the short imperative 마 (먹지 마, 하지 마라) beside 말아.
    const a = stemText === '말' ? [regularA, open] : [regularA];
    return [conj(a, [stem], { lDrop: true })];
  }
  const regular = conj([regularA], [stem + 'ㅇㅡ']);
  switch (final) {
    case 'ㅂ': {
      const irregular = conj(
        [open + (initial + medial === 'ㄷㅗ' || initial + medial === 'ㄱㅗ' ? 'ㅇㅘ' : 'ㅇㅝ')],
        [open + 'ㅇㅜ'],
      );
      if (endsWithAny(stemText, B_BOTH)) return [regular, irregular];
      return endsWithAny(stemText, B_REGULAR) ? [regular] : [irregular];
    }
    case 'ㄷ': {
      const irregular = conj([open + 'ㄹㅇ' + harmony(medial)], [open + 'ㄹㅇㅡ']);
      if (endsWithAny(stemText, D_BOTH)) return [regular, irregular];
      return endsWithAny(stemText, D_IRREGULAR) ? [irregular] : [regular];
    }
    case 'ㅅ':
      return endsWithAny(stemText, S_IRREGULAR)
        ? [conj([open + 'ㅇ' + harmony(medial)], [open + 'ㅇㅡ'])]
        : [regular];
    case 'ㅎ': {
      // 좋다, 놓다 keep ㅎ; colour and demonstrative adjectives (그렇다, 하얗다) lose it.
      if (endsWithAny(stemText, H_REGULAR) || stemText.length < 2) return [regular];
      const aVowel = medial === 'ㅑ' || medial === 'ㅕ' ? 'ㅒ' : 'ㅐ';
      return [conj([head + initial + aVowel], [open], { hDrop: true })];
    }
    default:
      return [regular];
  }
}

function vowelStem(stem: string, stemText: string, last: Last, conj: (a: string[]) => Conj): Conj {
  const { head, initial, medial } = last;
  const core = head + initial;
  switch (medial) {
    case 'ㅡ': {
      if (initial === 'ㄹ' && head !== '') {
        const h = harmony(lastVowel(head));
        const reo = stem + 'ㄹㅓ'; // 이르러, 푸르러
        const reu = head + 'ㄹㄹ' + h; // 빨라, 불러
        const drop = head + 'ㄹ' + h; // 따라, 치러
        if (endsWithAny(stemText, REO_BOTH)) return conj([reo, reu]);
        if (endsWithAny(stemText, REO_IRREGULAR)) return conj([reo]);
        if (endsWithAny(stemText, EU_DROP_REU)) return conj([drop]);
        return conj([reu]);
      }
      // 으 drops: 쓰 → 써, 바쁘 → 바빠 (harmony from the syllable before).
      return conj([core + harmony(lastVowel(head) ?? 'ㅓ')]);
    }
    case 'ㅏ':
      return initial === 'ㅎ' ? conj([core + 'ㅐ', stem + 'ㅇㅕ']) : conj([stem]);
    case 'ㅓ':
    case 'ㅕ':
      return conj([stem]);
    case 'ㅐ':
    case 'ㅔ':
    case 'ㅒ':
      return conj([stem, stem + 'ㅇㅓ']);
    case 'ㅗ':
      return conj([core + 'ㅘ', stem + 'ㅇㅏ']);
    case 'ㅜ':
      // 푸다 is the one 우-irregular verb: 퍼.
      return stemText === '푸' ? conj([core + 'ㅓ']) : conj([core + 'ㅝ', stem + 'ㅇㅓ']);
    case 'ㅚ':
      return conj([core + 'ㅙ', stem + 'ㅇㅓ']);
    case 'ㅣ':
      // 시 + 어요 is 세요 as well as 셔요 (계세요, 주무세요).
      return initial === 'ㅅ'
        ? conj([core + 'ㅕ', stem + 'ㅇㅓ', core + 'ㅔ'])
        : conj([core + 'ㅕ', stem + 'ㅇㅓ']);
    default:
      return conj([stem + 'ㅇ' + harmony(medial)]);
  }
}

/**
 * The stem after 었/았: a consonant stem whose infinitive is always 어 (갔어, not 갔아).
 * The stem after 시 or 겠 follows the ordinary rules.
 */
export function pastConj(stem: string): Conj {
  return {
    base: [stem],
    u: [stem + 'ㅇㅡ'],
    a: [stem + 'ㅇㅓ'],
    lDrop: false,
    hDrop: false,
    copula: false,
  };
}

/** The copula 이다, full (떡이야) and, after a vowel-final noun, elided (나무야, 나문데, 나무였어). */
export const COPULA_FULL: Conj = {
  base: ['ㅇㅣ'],
  u: ['ㅇㅣ'],
  a: ['ㅇㅣㅇㅓ', 'ㅇㅕ'],
  lDrop: false,
  hDrop: false,
  copula: 'full',
};
export const COPULA_ELIDED: Conj = {
  base: [''],
  u: [''],
  a: ['ㅇㅕ'],
  lDrop: false,
  hDrop: false,
  copula: 'elided',
};
