import { PatternError } from '../types';
import { isSyllable, toJamo } from './hangul';
import { parseNounTail, parsePredicate, parseSlot, lemmaConj, type Visit } from './parse';
import { PARTICLE_ROLES, type Role } from './particles';
import { GAP_WORDS } from './gap-words';
import { lowerLatin } from './tokenize';
import type { Conj } from './stems';

/** One word of a pattern, matched against (part of) an eojeol. */
type Element = (
  | { kind: 'pred'; lemma: string; conj: Conj[] }
  | {
      kind: 'word';
      jamo: string;
      chain: 'free' | 'none' | Role;
      /** `{!다}`: a predicate whose forms the word must not be read as (전하는 of 전하다). */
      unless?: Element;
    }
  | { kind: 'alt'; options: Element[] }
) & {
  /** Index keys: the first KEY_LENGTH jamo of each string a match can start with. */
  keys: string[];
  /** What every match starts with (the longest common prefix of those strings). */
  prefix: string;
  /**
   * Codes of the syllable heads (initial + medial) a match can start with; empty when some
   * start is shorter than a syllable head (a single Latin letter), so nothing can be ruled out.
   */
  heads: number[];
  /** Length of the shortest fixed part (literal or stem allomorph), in jamo. */
  core: number;
  /**
   * Set on the later pieces of a pattern word with punctuation inside (6·25): the piece must
   * start the next token, the previous piece must end its token, and exactly this text must
   * separate the two.
   */
  glue?: string;
};

export interface CompiledPattern {
  noteId: string;
  source: string;
  elements: Element[];
  /** `!` words: none of them may fill the eojeol before the match (편을 드시네 is not 드시다). */
  not: Element[];
}

/**
 * Index keys are the first KEY_LENGTH jamo of every string a word's match must start with
 * (its literal, or each stem allomorph: 갔/간/갑 all start with 가). Longer keys make smaller
 * buckets; a stem shorter than that is its own key.
 */
export const KEY_LENGTH = 4;

function keysOf(starts: readonly string[]): string[] {
  return unique(starts.map((s) => s.slice(0, KEY_LENGTH)));
}

/** A syllable head (initial + medial, or two other characters) as one number. */
export function headCode(s: string, i = 0): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

function headsOf(starts: readonly string[]): number[] {
  if (starts.some((s) => s.length < 2)) return [];
  return unique(starts.map((s) => headCode(s)));
}

function commonPrefix(starts: readonly string[]): string {
  let prefix = starts[0] ?? '';
  for (const s of starts) {
    let n = 0;
    while (n < prefix.length && n < s.length && prefix[n] === s[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

/** Particles that a non-final pattern word may end in and that are then read as a slot. */
const AUTO_SLOT = ['이', '가', '은', '는', '을', '를', '도', '에'];

const SLOT = /^(.+)\{([^{}]*)\}$/u;
/** `전하{!다}`: the noun 전하, but not where the same text is a form of 전하다. */
const NOT_PREDICATE = /^(.+)\{!([^{}]*다)\}$/u;
const HANGUL_WORD = /^[\p{L}\p{N}]+$/u;

export function compilePattern(noteId: string, source: string): CompiledPattern {
  const fail = (reason: string) => new PatternError(noteId, source, reason);
  const all = source.trim().split(/\s+/u);
  const negatives = all.findIndex((w) => !w.startsWith('!'));
  if (negatives < 0) throw fail('nothing to match besides "!" words');
  const words = all.slice(negatives);
  if (words[0] === '') throw fail('empty pattern');
  if (words.some((w) => w.startsWith('!'))) throw fail('"!" words must come first');
  const phrase = words.length > 1;
  const elements = words.flatMap((w, i) => compileGlued(w, i === words.length - 1, phrase, fail));
  const not = all.slice(0, negatives).map((w) => compileWord(w.slice(1), true, false, fail));
  return { noteId, source, elements, not };
}

/** Runs of characters that are not letters, digits or pattern markers. */
const INNER_PUNCTUATION = /([^\p{L}\p{N}{}=]+)/u;

/**
 * A pattern word with punctuation between its letters or digits (6·25, 6.25, K-pop) is split
 * where the tokenizer splits the line: into pieces that must be consecutive tokens separated
 * by exactly that punctuation. The last piece keeps the word's marker (`{}`, `=`) and takes
 * particles (6·25에).
 */
function compileGlued(
  w: string,
  isLast: boolean,
  phrase: boolean,
  fail: (reason: string) => Error,
): Element[] {
  const marker = w.endsWith('=') ? '=' : (/\{[^{}]*\}$/u.exec(w)?.[0] ?? '');
  const parts = w.slice(0, w.length - marker.length).split(INNER_PUNCTUATION);
  if (parts.length === 1 || parts[0] === '' || parts[parts.length - 1] === '') {
    return [compileWord(w, isLast, phrase, fail)];
  }
  const elements: Element[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i]!;
    const el =
      i === parts.length - 1
        ? compileWord(piece + marker, isLast, phrase, fail)
        : (checkText(piece, fail), word(piece, 'none'));
    elements.push(i === 0 ? el : { ...el, glue: parts[i - 1]! });
  }
  return elements;
}

/**
 * 것 "thing" and its spoken contractions with a particle: a word of a phrase written one way
 * also matches the other (싼 게 비지떡 ~ 싼 것이 비지떡; 먹을 것 ~ 먹을 거). A one-word pattern
 * is left alone: 게 on its own is the crab.
 */
const THING_CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ['게', '것이'],
  ['건', '것은'],
  ['걸', '것을'],
  ['거', '것'],
]);
const THING_SPELLINGS = new Map([
  ...THING_CONTRACTIONS,
  ...[...THING_CONTRACTIONS].map(([short, full]) => [full, short] as const),
]);

function compileWord(
  w: string,
  isLast: boolean,
  phrase: boolean,
  fail: (reason: string) => Error,
): Element {
  const other = phrase ? THING_SPELLINGS.get(w) : undefined;
  if (other === undefined) return compileSpelling(w, isLast, fail);
  return alt([compileSpelling(w, isLast, fail), compileSpelling(other, isLast, fail)]);
}

/** An element that matches wherever one of `options` does. */
function alt(options: Element[]): Element {
  return {
    kind: 'alt',
    options,
    keys: unique(options.flatMap((o) => o.keys)),
    prefix: commonPrefix(options.map((o) => o.prefix)),
    heads: options.some((o) => o.heads.length === 0) ? [] : unique(options.flatMap((o) => o.heads)),
    core: Math.min(...options.map((o) => o.core)),
  };
}

/**
 * Everyday nouns that end in 다. A pattern word ending in 다 is otherwise read as a predicate
 * (높다, 먹다); these are read as nouns without the `{}` marker (사이다 ~ 사이다야, 바다에서).
 * Kept short on purpose: a noun missing here still works written `X다{}`.
 */
const NOUNS_IN_DA: ReadonlySet<string> = new Set([
  '바다',
  '사이다',
  '소다',
  '판다',
  '베란다',
  '캐나다',
  '어젠다',
  '아젠다',
  '프로파간다',
  '플로리다',
  '네바다',
  '우간다',
  '르완다',
  '가나다',
]);

function compileSpelling(w: string, isLast: boolean, fail: (reason: string) => Error): Element {
  if (w.endsWith('=')) {
    const text = w.slice(0, -1);
    checkText(text, fail);
    return word(text, 'none');
  }
  const unless = NOT_PREDICATE.exec(w);
  if (unless) {
    const [, text, ending] = unless as unknown as [string, string, string];
    checkText(text, fail);
    const predicate = compileSpelling(text + ending, true, fail);
    if (predicate.kind !== 'pred') throw fail(`${text + ending} is not read as a predicate`);
    return word(text, 'free', predicate);
  }
  const slot = SLOT.exec(w);
  if (slot) {
    const [, text, particle] = slot as unknown as [string, string, string];
    checkText(text, fail);
    if (particle === '') return word(text, 'free');
    const role = PARTICLE_ROLES.get(particle);
    if (!role) throw fail(`unknown particle {${particle}}`);
    return word(text, role);
  }
  checkText(w, fail);
  if (w.length >= 2 && w.endsWith('다') && [...w].every(isSyllable) && !NOUNS_IN_DA.has(w)) {
    const conj = lemmaConj(w);
    if (conj.length === 0) throw fail(`cannot conjugate ${w}`);
    const allomorphs = conj.flatMap((c) => [...c.base, ...c.u, ...c.a]);
    // ㄹ- and ㅎ-dropping stems also start a match without their last jamo (사는, 그러네).
    const dropped = conj.flatMap((c) =>
      c.lDrop || c.hDrop ? [...c.base, ...c.u].map((x) => x.slice(0, -1)) : [],
    );
    const starts = [...allomorphs, ...dropped];
    return {
      kind: 'pred',
      lemma: w,
      conj,
      keys: keysOf(starts),
      prefix: commonPrefix(starts),
      heads: headsOf(starts),
      core: Math.min(...allomorphs.map((a) => a.length)),
    };
  }
  const particle = AUTO_SLOT.find((p) => w.endsWith(p));
  if (!isLast && particle && [...w].length >= 2 && !GAP_WORDS.has(w)) {
    const stem = w.slice(0, -particle.length);
    return alt([word(w, 'free'), word(stem, PARTICLE_ROLES.get(particle)!)]);
  }
  return word(w, 'free');
}

function checkText(text: string, fail: (reason: string) => Error): void {
  if (!HANGUL_WORD.test(text)) {
    throw fail(`"${text}" is not a word (letters and digits, punctuation only between them)`);
  }
}

function word(text: string, chain: 'free' | 'none' | Role, unless?: Element): Element {
  const jamo = toJamo(lowerLatin(text));
  return {
    kind: 'word',
    jamo,
    chain,
    ...(unless ? { unless } : {}),
    keys: keysOf([jamo]),
    prefix: jamo,
    heads: headsOf([jamo]),
    core: jamo.length,
  };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Reports each offset in `t` where `el` can end when it starts at `p`. */
export function elementEnds(el: Element, t: string, p: number, visit: Visit): boolean {
  switch (el.kind) {
    case 'pred':
      return el.conj.some((c) => parsePredicate(t, p, c, visit, null));
    case 'alt':
      return el.options.some((o) => elementEnds(o, t, p, visit));
    case 'word': {
      if (!t.startsWith(el.jamo, p)) return false;
      const q = p + el.jamo.length;
      const { unless } = el;
      // Each end the noun reading offers is dropped when the predicate reads the same stretch
      // (전하는 is also 전하다 + 는): the note has said the ambiguity goes to the verb.
      const keep: Visit = unless
        ? (end, labels) => !elementEnds(unless, t, p, (e) => e === end) && visit(end, labels)
        : visit;
      if (el.chain === 'none') return keep(q, []);
      if (el.chain === 'free') return parseNounTail(t, q, keep, null);
      return parseSlot(t, q, el.chain, keep);
    }
  }
}
