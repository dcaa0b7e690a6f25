/**
 * Conjugation classes as bits, so a rule can say which classes a form may belong to and a
 * deinflected word can carry the class it was reached as. Names follow JMdict/EDICT POS codes.
 */
export const C = {
  v1: 1 << 0,
  v5u: 1 << 1,
  v5k: 1 << 2,
  v5g: 1 << 3,
  v5s: 1 << 4,
  v5t: 1 << 5,
  v5n: 1 << 6,
  v5b: 1 << 7,
  v5m: 1 << 8,
  v5r: 1 << 9,
  /** 行く: godan く with って/った. */
  v5kS: 1 << 10,
  /** 問う: godan う with うて/うた. */
  v5uS: 1 << 11,
  /** ある: godan る whose negative is ない. */
  v5rI: 1 << 12,
  /** ござる, くださる, なさる, いらっしゃる, おっしゃる: ～います, imperative ～い. */
  v5aru: 1 << 13,
  vk: 1 << 14,
  vs: 1 << 15,
  vz: 1 << 16,
  adjI: 1 << 17,
  adjNa: 1 << 18,
  /** A noun before the copula (学生だった → 学生). */
  noun: 1 << 19,
  /** The surface form as given: rules for endings that close a word apply only here. */
  surface: 1 << 20,
} as const;

export const ANY_CLASS = (1 << 21) - 1;

/** EDICT part-of-speech codes an entry must carry to be read as a word of each class. */
const POS: readonly [number, readonly string[]][] = [
  [C.v1, ['v1', 'v1-s']],
  [C.v5u, ['v5u']],
  [C.v5k, ['v5k']],
  [C.v5g, ['v5g']],
  [C.v5s, ['v5s']],
  [C.v5t, ['v5t']],
  [C.v5n, ['v5n']],
  [C.v5b, ['v5b']],
  [C.v5m, ['v5m']],
  [C.v5r, ['v5r']],
  [C.v5kS, ['v5k-s']],
  [C.v5uS, ['v5u-s']],
  [C.v5rI, ['v5r-i']],
  [C.v5aru, ['v5aru']],
  [C.vk, ['vk']],
  [C.vs, ['vs-i', 'vs-s']],
  [C.vz, ['vz']],
  [C.adjI, ['adj-i', 'adj-ix']],
  [C.adjNa, ['adj-na']],
  [C.noun, ['n', 'adj-no', 'n-adv', 'n-t', 'pn']],
];

export function posTags(classes: number): string[] {
  const tags: string[] = [];
  for (const [bit, codes] of POS) if (classes & bit) tags.push(...codes);
  return [...new Set(tags)];
}

/** Class names accepted after `|` in a pattern. */
export const CLASS_BY_NAME: Readonly<Record<string, number>> = {
  v1: C.v1,
  v5u: C.v5u,
  v5k: C.v5k,
  v5g: C.v5g,
  v5s: C.v5s,
  v5t: C.v5t,
  v5n: C.v5n,
  v5b: C.v5b,
  v5m: C.v5m,
  v5r: C.v5r,
  'v5k-s': C.v5kS,
  'v5u-s': C.v5uS,
  'v5r-i': C.v5rI,
  v5aru: C.v5aru,
  vk: C.vk,
  vs: C.vs,
  vz: C.vz,
  'adj-i': C.adjI,
  'adj-ix': C.adjI,
  'adj-na': C.adjNa | C.noun,
};
