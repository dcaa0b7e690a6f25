import type { VocabDb } from './db';
import { mergeEntry, type PortableEntry } from './merge';

export interface ImportReport {
  /** Terms that were not in the vocabulary. */
  added: number;
  /** Terms already there that gained contexts, fields or a later schedule. */
  merged: number;
  /** Terms already there with nothing new. */
  unchanged: number;
}

/**
 * Merges validated backup entries into the vocabulary, all or nothing (one transaction): a new
 * language + term is added, one already there is merged with it (see `mergeEntry`).
 */
export async function importEntries(
  db: VocabDb,
  entries: readonly PortableEntry[],
): Promise<ImportReport> {
  return db.transaction('rw', db.entries, async () => {
    // Per language + term: a term found twice in one file counts once.
    const outcome = new Map<string, keyof ImportReport>();
    for (const incoming of entries) {
      const key = `${incoming.lang}\u0000${incoming.term}`;
      const existing = await db.entries.where({ lang: incoming.lang, term: incoming.term }).first();
      if (!existing) {
        await db.entries.add({ ...incoming });
        outcome.set(key, 'added');
        continue;
      }
      const { entry, changed } = mergeEntry(existing, incoming);
      if (changed) await db.entries.put(entry);
      const before = outcome.get(key);
      if (before === 'added' || before === 'merged') continue;
      outcome.set(key, changed ? 'merged' : 'unchanged');
    }
    const report: ImportReport = { added: 0, merged: 0, unchanged: 0 };
    for (const kind of outcome.values()) report[kind]++;
    return report;
  });
}
