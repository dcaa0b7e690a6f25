import { Dexie, type EntityTable } from 'dexie';
import type { Language } from '../notes/schema';
import type { DictEntry } from '../messaging/protocol';

/**
 * One dictionary entry as stored. Rows belong to an install generation (`bucket`); a language's
 * active bucket is named in its meta row, so a new install is written beside the old one and
 * swapped in at the end — a failed install never touches the data in use.
 */
export interface DictRow extends DictEntry {
  id?: number;
  bucket: string;
  /** `<bucket>|<form>` for the headword and each variant: one multi-entry index serves lookups. */
  keys: string[];
}

/** The installed dictionary of one language. */
export interface DictMeta {
  lang: Language;
  bucket: string;
  entries: number;
  source: string;
  licence: string;
  attribution: string;
  installedAt: number;
}

export type DictDb = Dexie & {
  entries: EntityTable<DictRow, 'id'>;
  meta: EntityTable<DictMeta, 'lang'>;
};

export const DICT_DB_NAME = 'nunchi-dictionary';

/** Opened only in the extension origin (the background); content scripts ask by message. */
export function openDictDb(name = DICT_DB_NAME): DictDb {
  const db = new Dexie(name) as DictDb;
  db.version(1).stores({ entries: '++id, bucket, *keys', meta: 'lang' });
  return db;
}

export function rowKey(bucket: string, form: string): string {
  return `${bucket}|${form}`;
}
