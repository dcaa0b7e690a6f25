import { gzipSync } from 'node:zlib';
import { formatDict, type DictHeader, type DictLine } from '../../../utils/dictionary/format/index';
import type { Language } from '../../../utils/notes/schema';
import type { LanguageEngine, LookupCandidate } from '../../../utils/language/types';

/** A small Korean dictionary for the tests (facts only: headwords, romanization, glosses). */
export const KO_LINES: DictLine[] = [
  { h: '먹다', r: 'meokda', s: [{ p: ['verb'], g: ['to eat'] }], t: ['A'] },
  { h: '먹', r: 'meok', s: [{ p: ['noun'], g: ['ink stick'] }] },
  {
    h: '눈',
    r: 'nun',
    s: [
      { p: ['noun'], g: ['eye'] },
      { p: ['noun'], g: ['snow'] },
    ],
  },
  { h: '높다', r: 'nopda', s: [{ p: ['adjective'], g: ['to be high'] }] },
  { h: '사람', r: 'saram', s: [{ p: ['noun'], g: ['person'] }] },
];

export const ZH_LINES: DictLine[] = [
  { h: '吃醋', r: 'chī cù', s: [{ p: [], g: ['to be jealous'] }] },
  { h: '吃', v: ['喫'], r: 'chī', s: [{ p: [], g: ['to eat'] }] },
  { h: '电视', v: ['電視'], r: 'diàn shì', s: [{ p: [], g: ['television'] }] },
];

export function header(lang: Language, entries: number): DictHeader {
  return {
    format: 'nunchi-dict',
    version: 1,
    lang,
    source: 'Nunchi test fixture',
    licence: 'CC0',
    attribution: 'Written for the tests',
    entries,
  };
}

export function gzipDict(lang: Language, lines: DictLine[], declared = lines.length): Buffer {
  return gzipSync(formatDict(header(lang, declared), lines));
}

export function streamOf(bytes: Uint8Array | string): ReadableStream<Uint8Array<ArrayBuffer>> {
  // Copied into a fresh ArrayBuffer: Response wants ArrayBuffer-backed bytes.
  return new Response(typeof bytes === 'string' ? bytes : new Uint8Array(bytes)).body!;
}

/**
 * A stand-in for the Korean engine: the hovered text itself, then a few hand-made readings.
 * Enough to test ordering and reasons without depending on the real ending rules.
 */
export const fakeKoreanEngine: Pick<LanguageEngine, 'lookupCandidates'> = {
  lookupCandidates(text: string): LookupCandidate[] {
    const table: Record<string, LookupCandidate[]> = {
      먹었어요: [
        { surface: '먹었어요', lemma: '먹었어요', reasons: [] },
        { surface: '먹었어요', lemma: '먹다', reasons: ['past', 'polite'] },
        { surface: '먹', lemma: '먹', reasons: [] },
      ],
      눈이: [
        { surface: '눈이', lemma: '눈이', reasons: [] },
        { surface: '눈', lemma: '눈', reasons: ['subject particle'] },
      ],
    };
    return table[text] ?? [{ surface: text, lemma: text, reasons: [] }];
  },
};
