import { Dexie, type EntityTable } from 'dexie';
import type { Language } from '../notes/schema';

/**
 * A page of a dictionary: a run of consecutive forms (headwords, variants, kana readings) in
 * sort order, each with the validated JSON lines of the entries written that way.
 * Entries are stored a few hundred per record because IndexedDB's cost is per record: one
 * record per entry made a 200,000-entry install take minutes, pages take seconds.
 */
export interface DictPage {
  /** `<bucket>|<page number>`; a bucket is one install generation of one language. */
  id: string;
  forms: Record<string, string[]>;
}

/** The installed dictionary of one language. */
export interface DictMeta {
  lang: Language;
  /** Install generation whose pages are in use; a new install writes a new one, then swaps. */
  bucket: string;
  /** The first form of each page, in sort order: finds the page of a form without a query. */
  pageStarts: string[];
  entries: number;
  source: string;
  licence: string;
  attribution: string;
  installedAt: number;
}

/** Every install started, so pages of replaced or interrupted installs can be found and removed. */
export interface DictInstall {
  bucket: string;
  lang: Language;
  startedAt: number;
}

export type DictDb = Dexie & {
  pages: EntityTable<DictPage, 'id'>;
  meta: EntityTable<DictMeta, 'lang'>;
  installs: EntityTable<DictInstall, 'bucket'>;
};

export const DICT_DB_NAME = 'nunchi-dictionary';

/** Opened only in the extension origin (the background); content scripts ask by message. */
export function openDictDb(name = DICT_DB_NAME): DictDb {
  const db = new Dexie(name) as DictDb;
  // Version 1 stored one record per entry (too slow to install, see DictPage).
  db.version(1).stores({ entries: '++id, bucket, *keys', meta: 'lang' });
  db.version(2)
    .stores({ entries: null, pages: 'id', meta: 'lang', installs: 'bucket' })
    .upgrade((tx) => tx.table('meta').clear());
  return db;
}

export function pageId(bucket: string, page: number): string {
  return `${bucket}|${page}`;
}

/** Every page id of a bucket lies in this key range. */
export function bucketRange(bucket: string): [string, string] {
  return [`${bucket}|`, `${bucket}|\uffff`];
}

/** Index of the page holding `form`: the last page whose first form sorts at or before it. */
export function pageOf(pageStarts: readonly string[], form: string): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= form) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
