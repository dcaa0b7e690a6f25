import type { Language } from '../notes/schema';
import type { SaveRequest } from '../messaging/protocol';
import type { VocabContext, VocabDb, VocabEntry } from './db';
import { mergeEntry, sameContext } from './merge';
import { grade, newSchedule, type Grade, type Schedule } from './schedule';

export type SaveOutcome = 'created' | 'context-added' | 'unchanged';

/** Terms are compared in NFC so a decomposed and a composed spelling are one entry. */
export function normalizeTerm(term: string): string {
  return term.trim().normalize('NFC');
}

/**
 * Saves a term with the context it was seen in. Saving a term that already exists adds the new
 * context to it (and fills fields it lacked) instead of creating a duplicate, and keeps its review
 * schedule; saving the very same context again changes nothing. A new term is due at once.
 */
export async function saveTerm(
  db: VocabDb,
  request: SaveRequest,
  now: number = Date.now(),
): Promise<{ id: number; outcome: SaveOutcome }> {
  const term = normalizeTerm(request.term);
  const context: VocabContext = { ...request.context, savedAt: now };
  return db.transaction('rw', db.entries, async () => {
    const existing = await db.entries.where({ lang: request.lang, term }).first();
    if (!existing) {
      const id = await db.entries.add({
        lang: request.lang,
        term,
        ...details(request),
        createdAt: now,
        updatedAt: now,
        contexts: [context],
        schedule: newSchedule(now),
      });
      return { id, outcome: 'created' as const };
    }
    if (existing.contexts.some((c) => sameContext(c, context))) {
      return { id: existing.id, outcome: 'unchanged' as const };
    }
    await db.entries.put({
      ...details(request),
      ...withoutUndefined(existing),
      contexts: [...existing.contexts, context],
      updatedAt: now,
    });
    return { id: existing.id, outcome: 'context-added' as const };
  });
}

/** Deletes an entry and hands it back whole, so an undo can restore exactly it. */
export async function removeEntry(db: VocabDb, id: number): Promise<VocabEntry | undefined> {
  return db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(id);
    if (entry) await db.entries.delete(id);
    return entry;
  });
}

/**
 * Puts a deleted entry back with its id. If the same term was saved again in the meantime,
 * the two are merged (contexts of both, oldest first, the later schedule) so the unique term
 * index holds.
 */
export async function restoreEntry(db: VocabDb, entry: VocabEntry): Promise<void> {
  await db.transaction('rw', db.entries, async () => {
    const twin = await db.entries.where({ lang: entry.lang, term: entry.term }).first();
    if (!twin) {
      await db.entries.put(entry);
      return;
    }
    await db.entries.delete(twin.id);
    await db.entries.put(mergeEntry(entry, twin).entry);
  });
}

/**
 * Records a review grade given at `now` and returns the new schedule (undefined when the entry
 * was deleted meanwhile). Read and written in one transaction, so a save landing at the same
 * moment keeps its context.
 */
export async function recordGrade(
  db: VocabDb,
  id: number,
  answer: Grade,
  now: number,
): Promise<Schedule | undefined> {
  return db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(id);
    if (!entry) return undefined;
    const schedule = grade(entry.schedule, answer, now);
    await db.entries.update(id, { schedule });
    return schedule;
  });
}

/** Puts back a schedule from before a grade (the review page's Undo). */
export async function restoreSchedule(db: VocabDb, id: number, schedule: Schedule): Promise<void> {
  await db.entries.update(id, { schedule });
}

/**
 * Entries newest first (by last save), filtered by a query matched case-insensitively against
 * the term, surface, lemma, reading, gloss and every saved line.
 */
export async function listEntries(db: VocabDb, query = '', lang?: Language): Promise<VocabEntry[]> {
  const all = await db.entries.orderBy('updatedAt').reverse().toArray();
  const needle = query.trim().normalize('NFC').toLowerCase();
  return all.filter((e) => (!lang || e.lang === lang) && (!needle || matches(e, needle)));
}

function matches(entry: VocabEntry, needle: string): boolean {
  const fields = [entry.term, entry.surface, entry.lemma, entry.reading, entry.gloss];
  for (const c of entry.contexts) fields.push(c.line);
  return fields.some((f) => f !== undefined && f.toLowerCase().includes(needle));
}

function details(request: SaveRequest): Partial<VocabEntry> {
  return withoutUndefined({
    surface: request.surface,
    lemma: request.lemma,
    reading: request.reading,
    gloss: request.gloss,
    noteId: request.noteId,
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
