import { A_ENDINGS, B_ENDINGS, COPULA_ENDINGS, U_ENDINGS, type Ending, type Next } from './endings';
import { isVowelCode, toJamo } from './hangul';
import { PARTICLE_TRIE, fitsAfter, soundUnknown, type Role } from './particles';
import { COPULA_ELIDED, COPULA_FULL, conjugate, pastConj, type Conj } from './stems';
import type { TrieNode } from './trie';

/**
 * Called with each place a parse can stop (an offset into the jamo string) and the labels of
 * the morphemes it went through; returning true stops the search.
 */
export type Visit = (end: number, labels: readonly string[]) => boolean;

/** Allomorph sets of a dictionary form ending in 다 (jamo of the whole lemma). */
export function lemmaConj(lemma: string): Conj[] {
  const j = toJamo(lemma);
  if (!j.endsWith('ㄷㅏ')) return [];
  return conjugate(j.slice(0, -2), lemma.slice(0, -1));
}

const SIOS = 'ㅅ'.charCodeAt(0);

/** Stages a stem goes through; each step only moves forward (시 → 었 → 었 → 겠). */
const Stage = { Lemma: 0, Honorific: 1, Past: 2, PastPast: 3, Future: 4 } as const;
type Stage = (typeof Stage)[keyof typeof Stage];

/** Auxiliary predicates often written together with the main verb (spacing in subtitles is loose). */
const AUX: Record<
  'auxGo' | 'auxJi' | 'auxA' | 'auxGe' | 'auxDa',
  ReadonlyArray<readonly [string, string]>
> = {
  auxGo: [
    ['싶다', 'want to'],
    ['있다', 'progressive'],
    ['계시다', 'progressive'],
    ['말다', 'end up'],
  ],
  auxJi: [
    ['않다', 'negative'],
    ['못하다', 'cannot'],
    ['말다', "don't"],
  ],
  auxA: [
    ['주다', 'for someone'],
    ['드리다', 'for someone (humble)'],
    ['보다', 'try'],
    ['버리다', 'completely'],
    ['놓다', 'in advance'],
    ['두다', 'in advance'],
    ['지다', 'become'],
    ['있다', 'resultative'],
  ],
  auxGe: [
    ['되다', 'end up'],
    ['하다', 'make'],
  ],
  auxDa: [
    ['주다', 'for someone'],
    ['드리다', 'for someone (humble)'],
    ['놓다', 'in advance'],
    ['두다', 'in advance'],
  ],
};

type AuxKind = keyof typeof AUX;
const AUX_CONJ = {} as Record<AuxKind, ReadonlyArray<readonly [Conj, string]>>;
for (const kind of Object.keys(AUX) as AuxKind[]) {
  AUX_CONJ[kind] = AUX[kind].flatMap(([lemma, label]) =>
    lemmaConj(lemma).map((c) => [c, label] as const),
  );
}

const MAX_DEPTH = 3;

/**
 * Labels collected along a parse, or null when the caller only wants where a parse can stop
 * (the matcher): skipping the bookkeeping keeps matching allocation-free in the hot path.
 */
type Labels = readonly string[] | null;

function plus(labels: Labels, more: readonly string[]): Labels {
  return labels === null || more.length === 0 ? labels : [...labels, ...more];
}

/** Allomorphs of stems built while parsing (시, 었, 겠 stems), cached by their jamo. */
const derived = new Map<string, Conj[]>();
function derivedConj(stem: string): Conj[] {
  let conj = derived.get(stem);
  if (!conj) {
    if (derived.size > 5000) derived.clear();
    conj = conjugate(stem, '');
    derived.set(stem, conj);
  }
  return conj;
}

const derivedPastCache = new Map<string, Conj>();
function derivedPast(stem: string): Conj {
  let conj = derivedPastCache.get(stem);
  if (!conj) {
    if (derivedPastCache.size > 5000) derivedPastCache.clear();
    conj = pastConj(stem);
    derivedPastCache.set(stem, conj);
  }
  return conj;
}

/** Which endings a walk accepts: all, or only those an ㄹ/ㅎ-dropping stem may take. */
const Filter = { All: 0, KeepL: 1, DropL: 2, DropH: 3 } as const;
type Filter = (typeof Filter)[keyof typeof Filter];

/**
 * Parses a predicate whose stem starts at `p0` in the jamo string `t`: stem allomorph, then
 * 시, 었, 겠 and an ending, then what the ending allows. Reports every place it can stop.
 */
export function parsePredicate(
  t: string,
  p0: number,
  conj: Conj,
  visit: Visit,
  labels: Labels = [],
  stage: Stage = Stage.Lemma,
  depth = 0,
): boolean {
  for (const base of conj.base) {
    if (walkStem(t, p0, base, conj, true, visit, labels, stage, depth)) return true;
    if (conj.copula && t.startsWith(base, p0)) {
      const q = p0 + base.length;
      if (
        walkEndings(
          COPULA_ENDINGS.root,
          t,
          p0,
          q,
          Filter.All,
          conj.copula,
          visit,
          labels,
          stage,
          depth,
        )
      ) {
        return true;
      }
    }
  }
  for (const u of conj.u) {
    if (walkStem(t, p0, u, conj, false, visit, labels, stage, depth)) return true;
  }
  for (const a of conj.a) {
    if (
      t.startsWith(a, p0) &&
      walkEndings(
        A_ENDINGS.root,
        t,
        p0,
        p0 + a.length,
        Filter.All,
        conj.copula,
        visit,
        labels,
        stage,
        depth,
      )
    ) {
      return true;
    }
  }
  if (stage < Stage.Honorific) {
    for (const u of conj.u) {
      // 시 fuses with what follows (가셨어, 가세요), so it is tried as a new stem, not found in t.
      const open = conj.lDrop && u.endsWith('ㄹ') ? u.slice(0, -1) : u;
      if (t.charCodeAt(p0 + open.length) !== SIOS || !t.startsWith(open, p0)) continue;
      const honorific = plus(labels, ['honorific']);
      for (const c of derivedConj(open + 'ㅅㅣ')) {
        if (parsePredicate(t, p0, c, visit, honorific, Stage.Honorific, depth)) return true;
      }
    }
  }
  return false;
}

/**
 * Walks the endings after one base (B) or 으-form (U) allomorph, with the ㄹ-drop (살 → 사는)
 * and ㅎ-drop (그렇 → 그러네) variants. After a vowel or ㄹ the V spellings apply (ㅂ니다, ㄴ다).
 */
function walkStem(
  t: string,
  p0: number,
  stem: string,
  conj: Conj,
  isBase: boolean,
  visit: Visit,
  labels: Labels,
  stage: Stage,
  depth: number,
): boolean {
  const lStem = conj.lDrop && stem.endsWith('ㄹ');
  if (t.startsWith(stem, p0)) {
    const q = p0 + stem.length;
    const filter = lStem ? Filter.KeepL : Filter.All;
    if (
      walkEndings(
        endingsAfter(isBase, conj, t, q),
        t,
        p0,
        q,
        filter,
        conj.copula,
        visit,
        labels,
        stage,
        depth,
      )
    ) {
      return true;
    }
  }
  const hStem = conj.hDrop && stem.endsWith('ㅎ');
  if ((lStem || hStem) && t.startsWith(stem.slice(0, -1), p0)) {
    const q = p0 + stem.length - 1;
    const filter = lStem ? Filter.DropL : Filter.DropH;
    if (
      walkEndings(
        endingsAfter(isBase, conj, t, q),
        t,
        p0,
        q,
        filter,
        conj.copula,
        visit,
        labels,
        stage,
        depth,
      )
    ) {
      return true;
    }
  }
  return false;
}

function endingsAfter(isBase: boolean, conj: Conj, t: string, q: number): TrieNode<Ending> {
  if (!isBase) return U_ENDINGS.root;
  return conj.lDrop || isVowelCode(t.charCodeAt(q - 1)) ? B_ENDINGS.V.root : B_ENDINGS.C.root;
}

/** Follows the ending trie from `q` and continues after every ending the filter admits. */
function walkEndings(
  root: TrieNode<Ending>,
  t: string,
  p0: number,
  q: number,
  filter: Filter,
  copula: Conj['copula'],
  visit: Visit,
  labels: Labels,
  stage: Stage,
  depth: number,
): boolean {
  let node: TrieNode<Ending> | undefined = root;
  let i = q;
  while (node) {
    for (const e of node.items) {
      if (copula && (e.verbal || e.copula === 'none')) continue;
      if (copula === 'elided' && e.copula === 'full') continue;
      if (filter === Filter.KeepL && e.dropsL) continue;
      if (filter === Filter.DropL && !e.dropsL) continue;
      if (filter === Filter.DropH && !e.startsN) continue;
      if (follow(t, p0, i, e.next, plus(labels, e.labels), stage, depth, visit)) return true;
    }
    if (i >= t.length) return false;
    node = node.next.get(t.charCodeAt(i));
    i++;
  }
  return false;
}

function follow(
  t: string,
  p0: number,
  q: number,
  next: Next,
  labels: Labels,
  stage: Stage,
  depth: number,
  visit: Visit,
): boolean {
  switch (next) {
    case 'end':
      return visit(q, labels ?? NONE);
    case 'past':
      return (
        stage < Stage.PastPast &&
        parsePredicate(
          t,
          p0,
          derivedPast(t.slice(p0, q)),
          visit,
          labels,
          stage < Stage.Past ? Stage.Past : Stage.PastPast,
          depth,
        )
      );
    case 'fut':
      return (
        stage < Stage.Future &&
        derivedConj(t.slice(p0, q)).some((c) =>
          parsePredicate(t, p0, c, visit, labels, Stage.Future, depth),
        )
      );
    case 'noun':
      return depth < MAX_DEPTH && parseNounTail(t, q, visit, labels, depth + 1);
    case 'quote':
      // 하 of the quoting 하다 is gone; its endings attach straight to 다/냐/자/라.
      return (
        depth < MAX_DEPTH &&
        parsePredicate(t, q, QUOTING_HADA, visit, labels, Stage.Honorific, depth + 1)
      );
    default:
      if (depth >= MAX_DEPTH) return false;
      for (const [conj, label] of AUX_CONJ[next]) {
        if (parsePredicate(t, q, conj, visit, plus(labels, [label]), Stage.Lemma, depth + 1)) {
          return true;
        }
      }
      return false;
  }
}

const NONE: readonly string[] = [];

/** 하다 after a quotation, with 하 dropped: B and U endings only (대, 댔어 are rows of their own). */
const QUOTING_HADA: Conj = {
  base: [''],
  u: [''],
  a: [],
  lDrop: false,
  hDrop: false,
  copula: false,
};

/**
 * Parses what follows a noun at `p`: nothing, or up to three particles (case markers last,
 * only delimiters such as 도 만 는 after another particle), optionally closed by the copula.
 * After the topic 은/는 (ㄴ) or 도 only polite 요 may come (저는요, 나도요): otherwise 빈소 +
 * contracted ㄴ + 으로 would read 빈손으로 "empty-handed" as the funeral hall.
 */
export function parseNounTail(
  t: string,
  p: number,
  visit: Visit,
  labels: Labels = [],
  depth = 0,
  count = 0,
  closed = false,
): boolean {
  if (visit(p, labels ?? NONE)) return true;
  // Nothing left: no particle or copula ending can follow (the common case when matching).
  if (p >= t.length) return false;
  if (closed) {
    return PARTICLE_TRIE.walk(t, p, ({ particle }, q) => {
      return q > p && particle.label === 'polite' && visit(q, plus(labels, ['polite']) ?? NONE);
    });
  }
  const prev = t.charCodeAt(p - 1);
  const prevVowel = isVowelCode(prev);
  // After the plural 들 any particle may follow (친구들이), as after the bare noun.
  const afterPlural = count === 1 && t.startsWith('ㄷㅡㄹ', p - 3);
  const found = PARTICLE_TRIE.walk(t, p, ({ particle, after }, q) => {
    if (q === p || !fitsAfter(after, prev, prevVowel)) return false;
    if (particle.role === 'plural' && count > 0) return false;
    if (count > 0 && !afterPlural && (!particle.follows || particle.role === 'voc')) return false;
    const next = plus(labels, [particle.label]);
    if (particle.last || count >= 2) return visit(q, next ?? NONE);
    return parseNounTail(t, q, visit, next, depth, count + 1, particle.closing);
  });
  if (found) return true;
  if (depth >= MAX_DEPTH) return false;
  const copulaLabels = plus(labels, ['copula']);
  if (
    (prevVowel || soundUnknown(prev)) &&
    parsePredicate(t, p, COPULA_ELIDED, visit, copulaLabels, Stage.Lemma, depth + 1)
  ) {
    return true;
  }
  return parsePredicate(t, p, COPULA_FULL, visit, copulaLabels, Stage.Lemma, depth + 1);
}

/**
 * A `{P}` slot: nothing, or one particle of `role` optionally followed by one delimiter
 * (눈이, 눈은, 눈만은, 에서도).
 */
export function parseSlot(t: string, p: number, role: Role, visit: Visit): boolean {
  if (visit(p, [])) return true;
  const prev = t.charCodeAt(p - 1);
  return PARTICLE_TRIE.walk(t, p, ({ particle, after }, q) => {
    if (q === p || particle.role !== role || !fitsAfter(after, prev, isVowelCode(prev))) {
      return false;
    }
    if (visit(q, [particle.label])) return true;
    if (particle.last) return false;
    const prev2 = t.charCodeAt(q - 1);
    return PARTICLE_TRIE.walk(t, q, (second, r) => {
      if (r === q || !second.particle.follows || second.particle.role !== 'core') return false;
      if (particle.closing && second.particle.label !== 'polite') return false;
      if (!fitsAfter(second.after, prev2, isVowelCode(prev2))) return false;
      return visit(r, [particle.label, second.particle.label]);
    });
  });
}
