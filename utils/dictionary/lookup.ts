import type { LookupCandidate } from '../language/types';
import type { DictEntry, LookupResult } from '../messaging/protocol';
import { rowKey, type DictDb, type DictRow } from './db';

/** More than this per reading only lengthens the card; the card shows the first few anyway. */
const MAX_ENTRIES_PER_RESULT = 8;
const MAX_RESULTS = 6;

/**
 * Looks up every candidate reading of the hovered text with one indexed query over all their
 * lemmas, and returns, in candidate order (best first), those that have entries. A lemma that two
 * candidates share is reported once, for the better candidate.
 */
export async function lookupCandidates(
  db: DictDb,
  bucket: string,
  candidates: readonly LookupCandidate[],
): Promise<LookupResult[]> {
  const lemmas = [...new Set(candidates.map((c) => c.lemma.normalize('NFC')))];
  if (!lemmas.length) return [];
  const rows = await db.entries
    .where('keys')
    .anyOf(lemmas.map((l) => rowKey(bucket, l)))
    .toArray();
  const byForm = new Map<string, DictRow[]>();
  const seen = new Set<number>();
  for (const row of rows) {
    // A row reached through two of its keys comes back twice from a multi-entry index.
    if (row.id !== undefined && seen.has(row.id)) continue;
    if (row.id !== undefined) seen.add(row.id);
    for (const key of row.keys) {
      const form = key.slice(bucket.length + 1);
      const list = byForm.get(form);
      if (list) list.push(row);
      else byForm.set(form, [row]);
    }
  }
  const results: LookupResult[] = [];
  const reported = new Set<string>();
  for (const candidate of candidates) {
    const lemma = candidate.lemma.normalize('NFC');
    if (reported.has(lemma)) continue;
    const found = byForm.get(lemma);
    if (!found) continue;
    reported.add(lemma);
    results.push({
      surface: candidate.surface,
      lemma,
      reasons: candidate.reasons,
      entries: rank(found, lemma).slice(0, MAX_ENTRIES_PER_RESULT).map(toEntry),
    });
    if (results.length === MAX_RESULTS) break;
  }
  return results;
}

/** Headword matches before variant matches before reading-only matches; stable otherwise. */
function rank(rows: DictRow[], lemma: string): DictRow[] {
  const score = (r: DictRow) =>
    r.headword.normalize('NFC') === lemma ? 0 : r.variants.includes(lemma) ? 1 : 2;
  return [...rows].sort((a, b) => score(a) - score(b));
}

function toEntry(row: DictRow): DictEntry {
  return {
    headword: row.headword,
    variants: row.variants,
    reading: row.reading,
    senses: row.senses,
    tags: row.tags,
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
