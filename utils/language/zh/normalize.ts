import { TRAD_SIMP } from './data/trad-simp';

/**
 * A normalised line and, for every UTF-16 unit of it, the range of the original line it came
 * from, so hits found in the normalised text are reported at original offsets.
 */
export interface Normalized {
  text: string;
  /** null when nothing changed, so offsets carry over as they are. */
  from: number[] | null;
  to: number[] | null;
}

type Building = { text: string; from: number[]; to: number[] };

/** Punctuation, symbols (♪ ～ emoji), separators and format characters. */
const IGNORABLE = /^[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]+$/u;
const HAN = /^\p{Script=Han}$/u;

const enum Kind {
  Unknown = 0,
  /** Stays as it is (ideographs, kana, lower-case ASCII letters and digits). */
  Keep,
  /** Punctuation and the like: dropped when matching. */
  Ignorable,
  /** Needs NFKC (full-width forms, compatibility ideographs, ASCII capitals to lower-case). */
  Complex,
}

// Both tables cover the Basic Multilingual Plane and are filled on first use: 64 K entries
// each, cheaper per character than a Map or a regular expression on every line.
let kinds: Uint8Array | null = null;
let simplified: Uint16Array | null = null;

function simplifiedTable(): Uint16Array {
  if (!simplified) {
    simplified = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < TRAD_SIMP.length; i += 2) {
      simplified[TRAD_SIMP.charCodeAt(i)] = TRAD_SIMP.charCodeAt(i + 1);
    }
  }
  return simplified;
}

function kindOf(code: number): Kind {
  kinds ??= new Uint8Array(0x10000);
  let kind = kinds[code] as Kind;
  if (kind === Kind.Unknown) {
    const ch = String.fromCharCode(code);
    const folded = foldWidth(ch);
    // Judged after folding: ⼀ (a Kangxi radical, a symbol) is the ideograph 一 in disguise.
    if (code >= 0xd800 && code <= 0xdfff) kind = Kind.Keep;
    else if (IGNORABLE.test(folded)) kind = Kind.Ignorable;
    else if (folded !== ch) kind = Kind.Complex;
    else kind = Kind.Keep;
    kinds[code] = kind;
  }
  return kind;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** One character (a code point, possibly astral) after width and case folding. */
function foldWidth(ch: string): string {
  return ch.normalize('NFKC').toLowerCase();
}

/** Traditional → simplified, one BMP character at a time; other text is returned unchanged. */
export function toSimplified(text: string): string {
  const table = simplifiedTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const s = table[code]!;
    out += s ? String.fromCharCode(s) : text[i]!;
  }
  return out;
}

/**
 * Folds what should not tell two spellings apart:
 * - full-width and compatibility forms to their ordinary ones (ＯＫ → ok; compatibility
 *   ideographs and Kangxi radicals such as ⼀ → the unified ideograph), Latin letters to lower
 *   case (YYDS and yyds are the same slang);
 * - traditional characters to simplified (說話 → 说话), one character for one;
 * - with `dropIgnorable`, punctuation, symbols and spaces are left out, so 狗拿耗子，多管闲事
 *   and 狗拿耗子多管闲事 read the same.
 * Han characters outside the BMP (𠮷) pass through whole.
 */
export function normalize(line: string, dropIgnorable: boolean): Normalized {
  const table = simplifiedTable();
  if (unchanged(line, table, dropIgnorable)) return { text: line, from: null, to: null };
  const out: Building = { text: '', from: [], to: [] };
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isHighSurrogate(code) && isLowSurrogate(line.charCodeAt(i + 1))) {
      const pair = line.slice(i, i + 2);
      if (HAN.test(pair)) emit(out, pair, i, i + 2);
      else emitFolded(out, foldWidth(pair), i, i + 2, table, dropIgnorable);
      i++;
      continue;
    }
    const kind = kindOf(code);
    if (kind === Kind.Keep) {
      const s = table[code]!;
      emit(out, s ? String.fromCharCode(s) : line[i]!, i, i + 1);
    } else if (kind === Kind.Ignorable) {
      if (!dropIgnorable) emit(out, line[i]!, i, i + 1);
    } else {
      emitFolded(out, foldWidth(line[i]!), i, i + 1, table, dropIgnorable);
    }
  }
  return out;
}

// Module-level helpers rather than closures: normalize runs once per subtitle line.
function emit(out: Building, ch: string, start: number, end: number) {
  out.text += ch;
  for (let k = 0; k < ch.length; k++) {
    out.from.push(start);
    out.to.push(end);
  }
}

/** The characters NFKC made of one original character, each checked again. */
function emitFolded(
  out: Building,
  folded: string,
  start: number,
  end: number,
  table: Uint16Array,
  dropIgnorable: boolean,
) {
  for (const ch of folded) {
    if (dropIgnorable && IGNORABLE.test(ch)) continue;
    const s = ch.length === 1 ? table[ch.charCodeAt(0)]! : 0;
    emit(out, s ? String.fromCharCode(s) : ch, start, end);
  }
}

/** True when normalising would leave the line as it is: the common case of a plain line. */
function unchanged(line: string, table: Uint16Array, dropIgnorable: boolean): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (table[code] || isHighSurrogate(code)) return false;
    const kind = kindOf(code);
    if (kind === Kind.Complex || (kind === Kind.Ignorable && dropIgnorable)) return false;
  }
  return true;
}

/** Original range of the normalised half-open range [start, end). */
export function originalSpan(n: Normalized, start: number, end: number): [number, number] {
  if (!n.from || !n.to) return [start, end];
  return [n.from[start]!, n.to[end - 1]!];
}

/** A word as a dictionary keys it: simplified, full-width forms folded, case kept (AA制). */
export function simplifiedSpelling(text: string): string {
  return toSimplified(text.normalize('NFKC'));
}

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}
