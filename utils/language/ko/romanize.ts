import { splitSyllable } from './hangul';

/*
 * Revised Romanization of Korean (Ministry of Culture and Tourism, 2000). Sound changes between
 * syllables of one word are applied (liaison, nasalisation, ㄹ assimilation, aspiration,
 * palatalisation); tensing is not marked, as the system prescribes. Word boundaries are the
 * text's own spaces and punctuation.
 */

const INITIAL: Record<string, string> = {
  ㄱ: 'g',
  ㄲ: 'kk',
  ㄴ: 'n',
  ㄷ: 'd',
  ㄸ: 'tt',
  ㄹ: 'r',
  ㅁ: 'm',
  ㅂ: 'b',
  ㅃ: 'pp',
  ㅅ: 's',
  ㅆ: 'ss',
  ㅇ: '',
  ㅈ: 'j',
  ㅉ: 'jj',
  ㅊ: 'ch',
  ㅋ: 'k',
  ㅌ: 't',
  ㅍ: 'p',
  ㅎ: 'h',
};

const MEDIAL: Record<string, string> = {
  ㅏ: 'a',
  ㅐ: 'ae',
  ㅑ: 'ya',
  ㅒ: 'yae',
  ㅓ: 'eo',
  ㅔ: 'e',
  ㅕ: 'yeo',
  ㅖ: 'ye',
  ㅗ: 'o',
  ㅘ: 'wa',
  ㅙ: 'wae',
  ㅚ: 'oe',
  ㅛ: 'yo',
  ㅜ: 'u',
  ㅝ: 'wo',
  ㅞ: 'we',
  ㅟ: 'wi',
  ㅠ: 'yu',
  ㅡ: 'eu',
  ㅢ: 'ui',
  ㅣ: 'i',
};

/** The sound a final (single or double, as jamo) is pronounced as before a consonant or pause. */
const REPRESENTATIVE: Record<string, string> = {
  ㄱ: 'ㄱ',
  ㄲ: 'ㄱ',
  ㅋ: 'ㄱ',
  ㄱㅅ: 'ㄱ',
  ㄹㄱ: 'ㄱ',
  ㄴ: 'ㄴ',
  ㄴㅈ: 'ㄴ',
  ㄴㅎ: 'ㄴ',
  ㄷ: 'ㄷ',
  ㅅ: 'ㄷ',
  ㅆ: 'ㄷ',
  ㅈ: 'ㄷ',
  ㅊ: 'ㄷ',
  ㅌ: 'ㄷ',
  ㅎ: 'ㄷ',
  ㄹ: 'ㄹ',
  ㄹㅂ: 'ㄹ',
  ㄹㅅ: 'ㄹ',
  ㄹㅌ: 'ㄹ',
  ㄹㅎ: 'ㄹ',
  ㅁ: 'ㅁ',
  ㄹㅁ: 'ㅁ',
  ㅂ: 'ㅂ',
  ㅍ: 'ㅂ',
  ㅂㅅ: 'ㅂ',
  ㄹㅍ: 'ㅂ',
  ㅇ: 'ㅇ',
};

const FINAL_OUT: Record<string, string> = {
  ㄱ: 'k',
  ㄴ: 'n',
  ㄷ: 't',
  ㄹ: 'l',
  ㅁ: 'm',
  ㅂ: 'p',
  ㅇ: 'ng',
};

const ASPIRATED: Record<string, string> = { ㄱ: 'ㅋ', ㄷ: 'ㅌ', ㅈ: 'ㅊ' };
/** A final plosive followed by ㅎ: 축하 → 추카, 입학 → 이팍, 깨끗하다 → 깨끄타다, 앉히다 → 안치다. */
const MERGED_WITH_H: Record<string, string> = {
  ㄱ: 'ㅋ',
  ㄲ: 'ㅋ',
  ㅋ: 'ㅋ',
  ㄷ: 'ㅌ',
  ㅅ: 'ㅌ',
  ㅆ: 'ㅌ',
  ㅌ: 'ㅌ',
  ㅈ: 'ㅊ',
  ㅊ: 'ㅊ',
  ㅂ: 'ㅍ',
  ㅍ: 'ㅍ',
};

function rep(final: string): string {
  return REPRESENTATIVE[final] ?? '';
}

interface Syl {
  i: string;
  v: string;
  f: string;
}

/** Applies the sound changes at the boundary between syllables a and b (mutating both). */
function boundary(a: Syl, b: Syl): void {
  const f = a.f;
  if (f === '') return;
  // Final ㅎ (also in ㄶ ㅀ): aspirates the next plosive, doubles ㅅ, nasalises, or goes silent.
  if (f.endsWith('ㅎ')) {
    const rest = f.slice(0, -1);
    if (b.i in ASPIRATED) {
      a.f = rest;
      b.i = ASPIRATED[b.i]!;
      return;
    }
    if (b.i === 'ㅅ') {
      a.f = rest;
      b.i = 'ㅆ';
      return;
    }
    if (b.i === 'ㄴ') {
      a.f = rest || 'ㄴ';
      if (a.f === 'ㄹ') b.i = 'ㄹ';
      return;
    }
    if (b.i === 'ㅇ') {
      a.f = rest;
      if (rest) liaison(a, b);
      return;
    }
  }
  if (b.i === 'ㅇ') {
    if (f !== 'ㅇ') liaison(a, b);
    return;
  }
  const r = rep(f);
  if (b.i === 'ㅎ') {
    // The plosive and ㅎ merge into an aspirate; a double final keeps its first part (읽히다 → 일키다).
    const plosive = f.length === 2 ? f[1]! : f;
    if (MERGED_WITH_H[plosive]) {
      a.f = f.length === 2 ? f[0]! : '';
      b.i = MERGED_WITH_H[plosive] ?? 'ㅎ';
      if (b.i === 'ㅌ' && b.v === 'ㅣ') b.i = 'ㅊ';
    }
    return;
  }
  if (b.i === 'ㄹ') {
    if (r === 'ㄴ' || r === 'ㄹ') {
      a.f = 'ㄹ';
    } else if (r === 'ㅁ' || r === 'ㅇ') {
      b.i = 'ㄴ';
    } else if (r === 'ㄱ') {
      a.f = 'ㅇ';
      b.i = 'ㄴ';
    } else if (r === 'ㅂ') {
      a.f = 'ㅁ';
      b.i = 'ㄴ';
    } else if (r === 'ㄷ') {
      a.f = 'ㄴ';
      b.i = 'ㄴ';
    }
    return;
  }
  if (b.i === 'ㄴ' || b.i === 'ㅁ') {
    if (r === 'ㄱ') a.f = 'ㅇ';
    else if (r === 'ㄷ') a.f = 'ㄴ';
    else if (r === 'ㅂ') a.f = 'ㅁ';
    else if (r === 'ㄹ' && b.i === 'ㄴ') b.i = 'ㄹ';
  }
}

/** A final carried over to an empty initial (먹어 → 머거), with palatalisation (같이 → 가치). */
function liaison(a: Syl, b: Syl): void {
  const f = a.f;
  const moved = f.length === 2 ? f[1]! : f;
  a.f = f.length === 2 ? f[0]! : '';
  b.i = moved;
  if (b.v === 'ㅣ' && a.f === '') {
    if (moved === 'ㄷ') b.i = 'ㅈ';
    else if (moved === 'ㅌ') b.i = 'ㅊ';
  }
}

function romanizeWord(syllables: Syl[]): string {
  for (let k = 0; k + 1 < syllables.length; k++) boundary(syllables[k]!, syllables[k + 1]!);
  let out = '';
  let prevFinal = '';
  for (const s of syllables) {
    out += s.i === 'ㄹ' && prevFinal === 'ㄹ' ? 'l' : INITIAL[s.i]!;
    out += MEDIAL[s.v]!;
    prevFinal = rep(s.f);
    out += FINAL_OUT[prevFinal] ?? '';
  }
  return out;
}

export function romanize(text: string): string {
  let out = '';
  let word: Syl[] = [];
  const flush = () => {
    if (word.length) out += romanizeWord(word);
    word = [];
  };
  for (const ch of text.normalize('NFC')) {
    const s = splitSyllable(ch);
    if (s) {
      word.push({ i: s.initial, v: s.medial, f: s.final });
    } else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}
