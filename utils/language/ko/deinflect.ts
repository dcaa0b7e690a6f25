import type { LookupCandidate } from '../types';
import { fromJamo, isSyllableEdge, joinSyllable, splitSyllable } from './hangul';
import { lemmaConj, parseNounTail, parsePredicate, type Visit } from './parse';
import { normalize, tokenize } from './tokenize';

/**
 * Honorific and humble verbs that replace an ordinary verb rather than inflect it. A learner
 * hovering 주무세요 should also see 자다.
 */
const SUPPLETIVE: ReadonlyArray<readonly [string, string, string]> = [
  ['드시다', '먹다', 'honorific'],
  ['잡수시다', '먹다', 'honorific'],
  ['주무시다', '자다', 'honorific'],
  ['계시다', '있다', 'honorific'],
  ['말씀하시다', '말하다', 'honorific'],
  ['돌아가시다', '죽다', 'honorific'],
  ['편찮으시다', '아프다', 'honorific'],
  ['드리다', '주다', 'humble'],
  ['말씀드리다', '말하다', 'humble'],
  ['여쭙다', '묻다', 'humble'],
  ['여쭈다', '묻다', 'humble'],
  ['뵙다', '보다', 'humble'],
  ['뵈다', '보다', 'humble'],
  ['모시다', '데리다', 'humble'],
];

/** Pronouns that change shape before 가 or as possessives (내가 ← 나, 제 ← 저). */
const PRONOUNS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['내가', '나', ['subject']],
  ['네가', '너', ['subject']],
  ['니가', '너', ['subject']],
  ['제가', '저', ['subject']],
  ['누가', '누구', ['subject']],
  ['내', '나', ['of']],
  ['네', '너', ['of']],
  ['니', '너', ['of']],
  ['제', '저', ['of']],
];

interface Scored extends LookupCandidate {
  cost: number;
}

/*
 * Ranking without a dictionary: fewer grammatical steps first, and a particle counts for a
 * little less than a verb ending, so 학교에서 reads as 학교 + 에서 before a made-up 학교에다.
 * The dictionary then keeps only lemmas that exist.
 */
const PREDICATE_COST = 0.25;
const NOUN_COST = 0.25;
const NOUN_STEP = 0.6;

/** Nouns do not contain a syllable closed by ㅆ (that is the past tense of a verb). */
function possibleNounSyllable(syllable: string): boolean {
  const s = splitSyllable(syllable);
  return s !== null && s.final !== 'ㅆ';
}

/**
 * Candidate dictionary forms of the eojeol at the start of `text`, best first: readings as a
 * predicate (with the irregular stem recovered), as a noun with particles/copula stripped, the
 * surface itself, then shorter prefixes (for compounds the dictionary may lack).
 */
export function lookupCandidates(text: string): LookupCandidate[] {
  const token = tokenize(text)[0];
  if (!token || token.start !== 0) return [];
  // Lemmas are NFC; `surface` is the covered part of `text` as given (it may be NFD).
  const word = token.text;
  const surface = text.slice(0, token.end);
  const j = token.jamo;
  const out: Scored[] = [{ surface, lemma: word, reasons: [], cost: 0 }];

  for (const [form, lemma, reasons] of PRONOUNS) {
    if (word === form) out.push({ surface, lemma, reasons: [...reasons], cost: NOUN_COST });
  }

  for (const lemma of predicateGuesses(word)) {
    const reasons = bestParse(j, (visit) =>
      lemmaConj(lemma).some((c) => parsePredicate(j, 0, c, visit)),
    );
    if (!reasons) continue;
    if (lemma === word) continue;
    const cost = PREDICATE_COST + reasons.length;
    out.push({ surface, lemma, reasons, cost });
    for (const [from, to, label] of SUPPLETIVE) {
      if (lemma === from)
        out.push({ surface, lemma: to, reasons: [label, ...reasons], cost: cost + 0.5 });
    }
  }

  for (let p = j.length - 1; p > 0; p--) {
    if (!isSyllableEdge(j, p)) continue;
    const stem = fromJamo(j.slice(0, p));
    if (![...stem].every(possibleNounSyllable)) continue;
    const reasons = bestParse(j, (visit) => parseNounTail(j, p, visit));
    if (!reasons || reasons.length === 0) continue;
    // A noun followed by nothing but 요 is rarer than a verb ending in 요.
    const politeOnly = reasons.length === 1 && reasons[0] === 'polite';
    const steps = reasons.filter((r) => r !== 'copula').length;
    out.push({
      surface,
      lemma: stem,
      reasons,
      cost:
        NOUN_COST +
        NOUN_STEP * steps +
        (reasons.includes('copula') ? 0.2 : 0) +
        (politeOnly ? 1 : 0),
    });
  }

  const { offsets } = normalize(text);
  for (let k = word.length - 1; k >= 1; k--) {
    const prefix = word.slice(0, k);
    out.push({
      surface: text.slice(0, offsets ? offsets[k] : k),
      lemma: prefix,
      reasons: [],
      cost: 100 + (word.length - k),
    });
  }

  const seen = new Set<string>();
  return out
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.cost - b.c.cost || a.i - b.i)
    .map(({ c }) => c)
    .filter((c) => {
      const key = `${c.surface}\u0000${c.lemma}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ surface: s, lemma, reasons }) => ({ surface: s, lemma, reasons }));
}

/**
 * The simplest parse that consumes all of `j`: fewest steps. A final 야 after a noun is most
 * often the copula (뭐야 "what is it"), so the copula step is free and the vocative and the
 * 'as for' particle cost extra; a name still reads as a vocative (민준아).
 */
function bestParse(j: string, run: (visit: Visit) => boolean): string[] | null {
  let best: string[] | null = null;
  let bestCost = Infinity;
  run((end, labels) => {
    if (end !== j.length) return false;
    let cost = labels.length;
    for (const label of labels) {
      if (label === 'copula') cost -= 1;
      else if (label === 'vocative' || label === 'as for') cost += 0.5;
    }
    if (cost < bestCost) {
      best = [...labels];
      bestCost = cost;
    }
    return false;
  });
  return best;
}

/**
 * Lemmas a surface could come from, by undoing what conjugation does to the last syllable of
 * the stem: endings merged into it (간 갑 갔 → 가), ㄹ-drop (산 → 살), contractions (봐 → 보,
 * 해 → 하, 써 → 쓰), and the irregular classes (가벼워 → 가볍, 들어 → 듣, 나아 → 낫, 빨라 →
 * 빠르, 그래 → 그렇). Over-generates; each guess is checked by parsing the surface.
 */
function predicateGuesses(surface: string): string[] {
  const chars = [...surface];
  const guesses = new Set<string>();
  const add = (syllables: string[]) => {
    if (syllables.length === 0 || syllables.some((s) => s === '')) return;
    if (!possibleStemEnd(syllables[syllables.length - 1]!)) return;
    guesses.add(syllables.join('') + '다');
  };
  for (let k = 1; k <= chars.length; k++) {
    const before = chars.slice(0, k - 1);
    const last = splitSyllable(chars[k - 1]!);
    if (!last) break;
    const { initial, medial, final } = last;
    const make = (m: string, f: string) => joinSyllable(initial, m, f) ?? '';
    // Irregular and contracted stems first: for the same reasons they are the likelier reading.
    // ㅂ-irregular: 가벼워/가벼운/도와 come from the syllable before plus ㅂ.
    const prev = before.length ? splitSyllable(before[before.length - 1]!) : null;
    if (
      prev &&
      prev.final === '' &&
      initial === 'ㅇ' &&
      (medial === 'ㅜ' || medial === 'ㅝ' || medial === 'ㅘ')
    ) {
      add([...before.slice(0, -1), joinSyllable(prev.initial, prev.medial, 'ㅂ') ?? '']);
    }
    // 르-irregular 빨라 → 빠르; 러-irregular 이르러 → 이르.
    if (prev && initial === 'ㄹ' && (medial === 'ㅏ' || medial === 'ㅓ')) {
      if (prev.final === 'ㄹ')
        add([...before.slice(0, -1), joinSyllable(prev.initial, prev.medial, '') ?? '', '르']);
      if (before[before.length - 1] === '르') add(before);
      if (prev.final === '') add([...before, '르']);
    }
    if (final === '' || final === 'ㅆ') {
      for (const m of UNCONTRACT[medial] ?? []) {
        add([...before, make(m, '')]);
        if (medial === 'ㅐ' || medial === 'ㅒ') add([...before, make(m, 'ㅎ')]);
      }
    }
    if (final === 'ㄹ') add([...before, make(medial, 'ㄷ')]); // 들어 → 듣다
    if (final === '') add([...before, make(medial, 'ㅅ')]); // 나아 → 낫다
    add([...before, chars[k - 1]!]);
    if (
      'ㅏㅓㅑㅕ'.includes(medial) &&
      chars[k - 1] !== '하' &&
      before.length > 0 &&
      ['', 'ㄴ', 'ㄹ', 'ㅁ'].includes(final)
    ) {
      add([...before, make(medial, 'ㅎ')]); // 그런 → 그렇다
    }
    if (['', 'ㄴ', 'ㅂ'].includes(final)) add([...before, make(medial, 'ㄹ')]); // 산 → 살다
    if (['ㄴ', 'ㄹ', 'ㅂ', 'ㅆ', 'ㅁ'].includes(final)) add([...before, make(medial, '')]); // 간 → 가다
  }
  return [...guesses];
}

/**
 * No stem ends in a past/future marker (먹었-, 하겠-; only 있- has ㅆ), in a bare 아/어/으/여
 * syllable, or in 다/요: those are endings, and skipping them keeps 먹었다 from outranking 먹다.
 */
function possibleStemEnd(syllable: string): boolean {
  const s = splitSyllable(syllable);
  if (!s) return false;
  if (s.final === 'ㅆ') return syllable === '있';
  if (syllable === '다' || syllable === '요') return false;
  return !(s.initial === 'ㅇ' && s.final === '' && 'ㅏㅓㅡㅕ'.includes(s.medial));
}

/** Stem vowels a contracted 아/어 form may come from. */
const UNCONTRACT: Record<string, string[]> = {
  ㅘ: ['ㅗ'],
  ㅝ: ['ㅜ'],
  ㅙ: ['ㅚ'],
  ㅕ: ['ㅣ'],
  ㅐ: ['ㅏ', 'ㅓ'],
  ㅒ: ['ㅑ'],
  ㅔ: ['ㅣ'],
  ㅓ: ['ㅡ', 'ㅜ'],
  ㅏ: ['ㅡ'],
};
