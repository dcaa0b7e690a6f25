import type { Language, Note } from '../notes/schema';

/** A half-open range of UTF-16 offsets into the original (un-normalised) line. */
export interface Span {
  start: number;
  end: number;
}

/** A raw pattern hit from an engine, before context rules and overlap resolution. */
export interface NoteHit extends Span {
  noteId: string;
}

export interface NoteMatcher {
  /** Every hit in the line, any order, overlaps allowed. Offsets are into `line` as given. */
  match(line: string): NoteHit[];
}

/** One way to read a surface word as a dictionary form. */
export interface LookupCandidate {
  /** The part of the text this candidate covers (a prefix of the text given to `lookupCandidates`). */
  surface: string;
  /** Dictionary form to look up. */
  lemma: string;
  /** Grammatical steps from the lemma to the surface, e.g. ['past', 'polite']; empty when identical. */
  reasons: string[];
  /**
   * Part-of-speech codes the lemma must carry for this reading to hold (e.g. EDICT `v5r`,
   * `adj-i`). A dictionary entry whose senses share none of them is not this word: 東京に read
   * as an adverbial form must not claim the noun 東京. Absent when any entry will do.
   */
  pos?: readonly string[];
}

/**
 * What each language brings. Implementations are pure: no `browser`, no `document`,
 * no IndexedDB, so the same code runs in the extension, the annotate CLI and the bench.
 */
export interface LanguageEngine {
  readonly code: Language;
  /** Indexed matcher used by the extension and the CLI. Throws PatternError for a bad pattern. */
  compile(notes: readonly Note[]): NoteMatcher;
  /**
   * Reference matcher: tests every note against every line with no index. Must return the
   * same hits as `compile`; the bench measures `compile` against it.
   */
  compileNaive(notes: readonly Note[]): NoteMatcher;
  /** The stretch of text a hover at `offset` starts a lookup from, or null on punctuation/space. */
  lookupSpan(line: string, offset: number): Span | null;
  /** Dictionary candidates for text starting at a hover point, best first. */
  lookupCandidates(text: string): LookupCandidate[];
  /** Romanization or reading of a word or line (Revised Romanization, pinyin, kana/Hepburn). */
  romanize(text: string): string;
  /** 0..1: how much of the text is in this language's script; used to guess a track's language. */
  scriptScore(text: string): number;
  /**
   * Folds spelling variants that do not change meaning (traditional/simplified, katakana/hiragana,
   * full/half width, NFD/NFC) so a note's `context` substrings apply to every spelling of a line.
   */
  foldForContext(text: string): string;
}

/** A pattern that cannot be compiled; names the note so pack authors can find it. */
export class PatternError extends Error {
  constructor(
    readonly noteId: string,
    readonly pattern: string,
    reason: string,
  ) {
    super(`${noteId}: cannot compile pattern "${pattern}": ${reason}`);
    this.name = 'PatternError';
  }
}
