import { Dexie, type EntityTable } from 'dexie';
import type { Language } from '../notes/schema';
import { newSchedule, type Schedule } from './schedule';

/** Where a saved term was seen; one per save of the same term. */
export interface VocabContext {
  line: string;
  prev?: string;
  next?: string;
  title: string;
  site: string;
  /** Page URL carrying a timestamp where the site supports one, so the link reopens the moment. */
  url: string;
  startMs?: number;
  endMs?: number;
  savedAt: number;
}

/** One saved word or note; unique per language + term. */
export interface VocabEntry {
  id: number;
  lang: Language;
  term: string;
  surface?: string;
  lemma?: string;
  reading?: string;
  gloss?: string;
  noteId?: string;
  createdAt: number;
  updatedAt: number;
  contexts: VocabContext[];
  /** When it comes back for review (version 2 on; see schedule.ts). */
  schedule: Schedule;
}

export type VocabDb = Dexie & { entries: EntityTable<VocabEntry, 'id'> };

export const VOCAB_DB_NAME = 'nunchi-vocabulary';

/**
 * The vocabulary database, opened only in the extension origin (background and extension
 * pages): a content script opening it would get the site's IndexedDB instead.
 * Each schema change adds a `version(n)` step below; existing steps are never edited.
 * `now` is the clock of upgrades (injectable for tests).
 */
export function openVocabDb(name = VOCAB_DB_NAME, now: () => number = Date.now): VocabDb {
  const db = new Dexie(name) as VocabDb;
  db.version(1).stores({ entries: '++id, &[lang+term], updatedAt' });
  // 2: a review schedule per entry, indexed by due time. Words saved before are all due now.
  db.version(2)
    .stores({ entries: '++id, &[lang+term], updatedAt, schedule.due' })
    .upgrade(async (tx) => {
      const at = now();
      await tx
        .table<Omit<VocabEntry, 'schedule'> & { schedule?: Schedule }>('entries')
        .toCollection()
        .modify((entry) => {
          entry.schedule ??= newSchedule(at);
        });
    });
  return db;
}

let shared: VocabDb | undefined;

/** The one database instance of this extension page or worker. */
export function vocabDb(): VocabDb {
  shared ??= openVocabDb();
  return shared;
}
