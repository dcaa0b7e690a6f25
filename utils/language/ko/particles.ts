import { toJamo } from './hangul';
import { Trie } from './trie';

/**
 * Roles group particles that can stand in for one another in an expression: `눈{이} 높다`
 * accepts 눈이, 눈은, 눈도, 눈만 — all "core" particles — but not 눈에.
 */
export type Role = 'core' | 'loc' | 'with' | 'instr' | 'gen' | 'cmp' | 'voc' | 'plural';

interface Particle {
  /** Written form, for error messages and the README. */
  name: string;
  label: string;
  role: Role;
  /** Must be the last particle of a chain (case markers, vocative). */
  last: boolean;
  /** May follow another particle (delimiters such as 도, 만, 는). */
  follows: boolean;
  /** Closes the chain except for polite 요 (저는요, 나도요; never 는으로, ㄴ으로, 도만). */
  closing: boolean;
}

interface Def {
  /** After a consonant; after a vowel (null when the particle has one form, given in `c`). */
  c: string;
  v: string | null;
  label: string;
  role: Role;
  last?: boolean;
  follows?: boolean;
  /** 으로 and friends treat a final ㄹ like a vowel (길로, not 길으로). */
  lAsVowel?: boolean;
  /** Contracted forms used after vowels only: 난, 날. */
  vExtra?: string;
  /** Only polite 요 may follow. */
  closing?: boolean;
}

const DEFS: Def[] = [
  { c: '이', v: '가', label: 'subject', role: 'core', last: true },
  { c: '께서', v: null, label: 'subject (honorific)', role: 'core', last: true },
  {
    c: '은',
    v: '는',
    vExtra: 'ㄴ',
    label: 'topic',
    role: 'core',
    follows: true,
    closing: true,
  },
  { c: '을', v: '를', vExtra: 'ㄹ', label: 'object', role: 'core', last: true, follows: true },
  { c: '도', v: null, label: 'also', role: 'core', follows: true, closing: true },
  { c: '만', v: null, label: 'only', role: 'core', follows: true },
  { c: '까지', v: null, label: 'until/even', role: 'core', follows: true },
  { c: '부터', v: null, label: 'from', role: 'core', follows: true },
  { c: '조차', v: null, label: 'even', role: 'core', follows: true },
  { c: '마저', v: null, label: 'even', role: 'core', follows: true },
  { c: '밖에', v: null, label: 'only (with negative)', role: 'core' },
  { c: '뿐', v: null, label: 'only', role: 'core' },
  { c: '은커녕', v: '는커녕', label: 'let alone', role: 'core' },
  { c: '커녕', v: null, label: 'let alone', role: 'core' },
  { c: '이나', v: '나', label: 'or', role: 'core', follows: true },
  { c: '이라도', v: '라도', label: 'even/or something', role: 'core', follows: true },
  { c: '이든지', v: '든지', label: 'whichever', role: 'core', follows: true },
  { c: '이든', v: '든', label: 'whichever', role: 'core', follows: true },
  { c: '아', v: '야', label: 'vocative', role: 'voc', last: true },
  { c: '이야', v: '야', label: 'as for', role: 'core', follows: true, last: true },
  { c: '요', v: null, label: 'polite', role: 'core', follows: true, last: true },
  { c: '의', v: null, label: 'of', role: 'gen', last: true, follows: true },
  { c: '에', v: null, label: 'at/to', role: 'loc' },
  { c: '에서', v: null, label: 'at/from', role: 'loc' },
  { c: '에게', v: null, label: 'to', role: 'loc' },
  { c: '한테', v: null, label: 'to', role: 'loc' },
  { c: '께', v: null, label: 'to (honorific)', role: 'loc' },
  { c: '에게서', v: null, label: 'from', role: 'loc' },
  { c: '한테서', v: null, label: 'from', role: 'loc' },
  { c: '에다', v: null, label: 'onto', role: 'loc' },
  { c: '에다가', v: null, label: 'onto', role: 'loc' },
  { c: '더러', v: null, label: 'to', role: 'loc' },
  { c: '으로', v: '로', lAsVowel: true, label: 'by/towards', role: 'instr', follows: true },
  { c: '으로서', v: '로서', lAsVowel: true, label: 'as', role: 'instr', follows: true },
  { c: '으로써', v: '로써', lAsVowel: true, label: 'by means of', role: 'instr', follows: true },
  { c: '으로부터', v: '로부터', lAsVowel: true, label: 'from', role: 'instr' },
  { c: '과', v: '와', label: 'and/with', role: 'with' },
  { c: '하고', v: null, label: 'and/with', role: 'with' },
  { c: '이랑', v: '랑', label: 'and/with', role: 'with' },
  { c: '처럼', v: null, label: 'like', role: 'cmp' },
  { c: '같이', v: null, label: 'like', role: 'cmp' },
  { c: '만큼', v: null, label: 'as much as', role: 'cmp', follows: true },
  { c: '보다', v: null, label: 'than', role: 'cmp' },
  { c: '마다', v: null, label: 'every', role: 'cmp' },
  { c: '대로', v: null, label: 'as', role: 'cmp', follows: true },
  { c: '씩', v: null, label: 'each', role: 'cmp' },
  { c: '끼리', v: null, label: 'among', role: 'cmp' },
  { c: '이여', v: '여', label: 'vocative', role: 'voc', last: true },
  { c: '들', v: null, label: 'plural', role: 'plural' },
];

interface ParticleEntry {
  particle: Particle;
  /** Which preceding sound this spelling is for. */
  after: 'C' | 'K' | 'V' | 'L' | 'any';
}

function toParticle(d: Def, name: string): Particle {
  return {
    name,
    label: d.label,
    role: d.role,
    last: !!d.last,
    follows: !!d.follows,
    closing: !!d.closing,
  };
}

/** Every spelling of every particle, keyed by jamo. */
export const PARTICLE_TRIE = new Trie<ParticleEntry>();
/** Written form → role, for `{P}` slots in patterns. */
export const PARTICLE_ROLES = new Map<string, Role>();

for (const d of DEFS) {
  const p = toParticle(d, d.v ? `${d.c}/${d.v}` : d.c);
  if (d.v === null) {
    PARTICLE_TRIE.add(toJamo(d.c), { particle: p, after: 'any' });
  } else {
    PARTICLE_TRIE.add(toJamo(d.c), { particle: p, after: d.lAsVowel ? 'K' : 'C' });
    PARTICLE_TRIE.add(toJamo(d.v), { particle: p, after: d.lAsVowel ? 'L' : 'V' });
  }
  if (d.vExtra) PARTICLE_TRIE.add(d.vExtra, { particle: p, after: 'V' });
  PARTICLE_ROLES.set(d.c, d.role);
  if (d.v) PARTICLE_ROLES.set(d.v, d.role);
}

/**
 * True when `prev` is not Hangul (a Latin letter or a digit): how TMI or 6·25 ends when read
 * aloud is not in the spelling (TMI ends in a vowel, PPL in ㄹ, 3 in ㅁ), so both the spelling
 * after a vowel and the one after a consonant fit (TMI야, TMI인데, PPL을).
 */
export function soundUnknown(prev: number): boolean {
  return prev < 0x3131 || prev > 0x318e;
}

const RIEUL = 'ㄹ'.charCodeAt(0);

/**
 * Whether a particle spelling fits the sound before it. `prev` is the code of the jamo right
 * before the particle (NaN at the start); 'L' spellings (로) fit after a vowel or a final ㄹ, 'K' ones (으로) after any other
 * consonant. After a letter or digit every spelling fits (`soundUnknown`).
 */
export function fitsAfter(
  after: ParticleEntry['after'],
  prev: number,
  prevIsVowel: boolean,
): boolean {
  switch (after) {
    case 'any':
      return true;
    case 'V':
      return prevIsVowel || soundUnknown(prev);
    case 'L':
      return prevIsVowel || prev === RIEUL || soundUnknown(prev);
    case 'C':
      return !prevIsVowel;
    case 'K':
      return !prevIsVowel && prev !== RIEUL;
  }
}
