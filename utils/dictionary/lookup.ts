import type { LookupCandidate } from '../language/types';
import type { DictEntry, LookupResult } from '../messaging/protocol';
import { DictLineSchema } from './format/index';
import { pageId, pageOf, type DictDb, type DictMeta } from './db';

/** More than this per reading only lengthens the card; the card shows the first few anyway. */
const MAX_ENTRIES_PER_RESULT = 8;
const MAX_RESULTS = 6;

/**
 * Looks up every candidate reading of the hovered text with one read of the pages that hold
 * their lemmas, and returns, in candidate order (best first), those that have entries. A lemma
 * that two candidates share is reported once, for the better candidate.
 */
export async function lookupCandidates(
  db: DictDb,
  meta: Pick<DictMeta, 'bucket' | 'pageStarts'>,
  candidates: readonly LookupCandidate[],
): Promise<LookupResult[]> {
  const lemmas = [...new Set(candidates.map((c) => c.lemma.normalize('NFC')))];
  if (!lemmas.length || !meta.pageStarts.length) return [];
  const pageNos = [...new Set(lemmas.map((l) => pageOf(meta.pageStarts, l)))];
  const pages = await db.pages.bulkGet(pageNos.map((n) => pageId(meta.bucket, n)));
  const linesOf = (lemma: string): string[] | undefined => {
    const page = pages[pageNos.indexOf(pageOf(meta.pageStarts, lemma))];
    // Own-property check: a lemma such as "constructor" must not find Object.prototype.
    return page && Object.hasOwn(page.forms, lemma) ? page.forms[lemma] : undefined;
  };

  const results: LookupResult[] = [];
  const reported = new Set<string>();
  for (const candidate of candidates) {
    const lemma = candidate.lemma.normalize('NFC');
    if (reported.has(lemma)) continue;
    const lines = linesOf(lemma);
    if (!lines) continue;
    const entries = lines.map(toEntry).filter((e) => fitsWordClass(e, candidate.pos));
    if (!entries.length) continue;
    reported.add(lemma);
    results.push({
      surface: candidate.surface,
      lemma,
      reasons: candidate.reasons,
      entries: rank(entries, lemma).slice(0, MAX_ENTRIES_PER_RESULT),
    });
    if (results.length === MAX_RESULTS) break;
  }
  return results;
}

/**
 * A candidate read through a conjugation (書いた → 書く, v5k) only holds for entries of that word
 * class; 東京に read as an adverbial form must not claim the noun 東京.
 */
function fitsWordClass(entry: DictEntry, pos: readonly string[] | undefined): boolean {
  return !pos || entry.senses.some((s) => s.pos.some((p) => pos.includes(p)));
}

/** Headword matches before variant matches before reading-only matches; stable otherwise. */
function rank(entries: DictEntry[], lemma: string): DictEntry[] {
  const score = (e: DictEntry) =>
    e.headword.normalize('NFC') === lemma ? 0 : e.variants.includes(lemma) ? 1 : 2;
  return [...entries].sort((a, b) => score(a) - score(b));
}

/** Lines were validated when installed; parsing again keeps the types honest at no real cost. */
function toEntry(line: string): DictEntry {
  const l = DictLineSchema.parse(JSON.parse(line));
  return {
    headword: l.h,
    variants: l.v ?? [],
    reading: l.r,
    senses: l.s.map((s) => ({ glosses: s.g, pos: s.p })),
    tags: l.t ?? [],
  };
}

/** Without an engine for a language, every prefix is a candidate, longest first. */
export function prefixCandidates(text: string, maxLength = 12): LookupCandidate[] {
  const chars = Array.from(text.trim());
  const out: LookupCandidate[] = [];
  for (let n = Math.min(chars.length, maxLength); n > 0; n--) {
    const surface = chars.slice(0, n).join('');
    out.push({ surface, lemma: surface, reasons: [] });
  }
  return out;
}
