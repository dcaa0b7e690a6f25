import { PatternError } from '../types';
import { isConsonant, isSyllable, isVowel, toJamo } from './hangul';
import { parseNounTail, parsePredicate, parseSlot, lemmaConj, type Visit } from './parse';
import { PARTICLE_ROLES, type Role } from './particles';
import { GAP_WORDS } from './gap-words';
import type { Conj } from './stems';

/** One word of a pattern, matched against (part of) an eojeol. */
export type Element =
  | { kind: 'pred'; lemma: string; conj: Conj[]; keys: string[]; core: number }
  | { kind: 'word'; jamo: string; chain: 'free' | 'none' | Role; keys: string[]; core: number }
  | { kind: 'alt'; options: Element[]; keys: string[]; core: number };

export interface CompiledPattern {
  noteId: string;
  source: string;
  elements: Element[];
}

/** Index key of a jamo string: initial + medial of its first syllable, or its first character. */
export function keyOf(j: string): string {
  return isConsonant(j[0]) && isVowel(j[1]) ? j.slice(0, 2) : j.slice(0, 1);
}

/** Particles that a non-final pattern word may end in and that are then read as a slot. */
const AUTO_SLOT = ['이', '가', '은', '는', '을', '를', '도', '에'];

const SLOT = /^(.+)\{([^{}]*)\}$/u;
const HANGUL_WORD = /^[\p{L}\p{N}]+$/u;

export function compilePattern(noteId: string, source: string): CompiledPattern {
  const fail = (reason: string) => new PatternError(noteId, source, reason);
  const words = source.trim().split(/\s+/u);
  if (words.length === 0 || words[0] === '') throw fail('empty pattern');
  const elements = words.map((w, i) => compileWord(w, i === words.length - 1, fail));
  return { noteId, source, elements };
}

function compileWord(w: string, isLast: boolean, fail: (reason: string) => Error): Element {
  if (w.endsWith('=')) {
    const text = w.slice(0, -1);
    checkText(text, fail);
    return word(text, 'none');
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
  if (w.length >= 2 && w.endsWith('다') && [...w].every(isSyllable)) {
    const conj = lemmaConj(w);
    if (conj.length === 0) throw fail(`cannot conjugate ${w}`);
    const allomorphs = conj.flatMap((c) => [...c.base, ...c.u, ...c.a]);
    return {
      kind: 'pred',
      lemma: w,
      conj,
      keys: unique(allomorphs.map(keyOf)),
      core: Math.min(...allomorphs.map((a) => a.length)),
    };
  }
  const particle = AUTO_SLOT.find((p) => w.endsWith(p));
  if (!isLast && particle && [...w].length >= 2 && !GAP_WORDS.has(w)) {
    const stem = w.slice(0, -particle.length);
    const options = [word(w, 'free'), word(stem, PARTICLE_ROLES.get(particle)!)];
    return {
      kind: 'alt',
      options,
      keys: unique(options.flatMap((o) => o.keys)),
      core: Math.min(...options.map((o) => o.core)),
    };
  }
  return word(w, 'free');
}

function checkText(text: string, fail: (reason: string) => Error): void {
  if (!HANGUL_WORD.test(text)) throw fail(`"${text}" is not a word (letters and digits only)`);
}

function word(text: string, chain: 'free' | 'none' | Role): Element {
  const jamo = toJamo(text);
  return { kind: 'word', jamo, chain, keys: [keyOf(jamo)], core: jamo.length };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Reports each offset in `t` where `el` can end when it starts at `p`. */
export function elementEnds(el: Element, t: string, p: number, visit: Visit): boolean {
  switch (el.kind) {
    case 'pred':
      return el.conj.some((c) => parsePredicate(t, p, c, visit));
    case 'alt':
      return el.options.some((o) => elementEnds(o, t, p, visit));
    case 'word': {
      if (!t.startsWith(el.jamo, p)) return false;
      const q = p + el.jamo.length;
      if (el.chain === 'none') return visit(q, []);
      if (el.chain === 'free') return parseNounTail(t, q, visit);
      return parseSlot(t, q, el.chain, visit);
    }
  }
}
