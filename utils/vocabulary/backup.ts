import { z } from 'zod/mini';
import { SaveContextSchema } from '../messaging/protocol';
import { LANGUAGES } from '../notes/constants';
import type { VocabEntry } from './db';
import { portable, type PortableEntry } from './merge';
import { normalizeTerm } from './repository';
import { MIN_EASE } from './schedule';

/**
 * The JSON backup of the vocabulary: every field of every entry, all its contexts and its review
 * schedule, without the local ids (a backup merges into another database by language + term).
 *
 * Format 1:
 * ```
 * { "format": "nunchi-vocabulary", "version": 1, "exportedAt": <epoch ms>,
 *   "entries": [{ lang, term, surface?, lemma?, reading?, gloss?, noteId?, createdAt, updatedAt,
 *                 contexts: [{ line, prev?, next?, title, site, url, startMs?, endMs?, savedAt }],
 *                 schedule: { due, interval, ease, reps, lapses, reviewedAt? } }] }
 * ```
 * A later format bumps `version`; the importer reads every version it knows.
 *
 * A file being imported is untrusted: it is size-checked before it is read, every string is
 * length-bounded (the same bounds as a save request), unknown keys are refused, and nothing is
 * written unless the whole file is valid.
 */

export const BACKUP_FORMAT = 'nunchi-vocabulary';
const BACKUP_VERSION = 1;
/** Far above any real vocabulary (a thousand words with ten contexts each is about 3 MB). */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
const MAX_ENTRIES = 50_000;
const MAX_CONTEXTS = 1_000;

const text = (max: number) => z.string().check(z.maxLength(max));
const time = () => z.number().check(z.nonnegative());

const ContextSchema = z.extend(SaveContextSchema, { savedAt: time() });

const ScheduleSchema = z.strictObject({
  due: time(),
  // A hundred years: more is a broken file, not a well-known word.
  interval: z.number().check(z.nonnegative(), z.maximum(36_500)),
  ease: z.number().check(z.minimum(MIN_EASE), z.maximum(10)),
  reps: z.int().check(z.nonnegative()),
  lapses: z.int().check(z.nonnegative()),
  reviewedAt: z.optional(time()),
});

const EntrySchema = z.strictObject({
  lang: z.enum(LANGUAGES),
  term: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  surface: z.optional(text(200)),
  lemma: z.optional(text(200)),
  reading: z.optional(text(500)),
  gloss: z.optional(text(2000)),
  noteId: z.optional(text(100)),
  createdAt: time(),
  updatedAt: time(),
  contexts: z.array(ContextSchema).check(z.minLength(1), z.maxLength(MAX_CONTEXTS)),
  schedule: ScheduleSchema,
});

const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: time(),
  entries: z.array(EntrySchema).check(z.maxLength(MAX_ENTRIES)),
});
export type Backup = z.infer<typeof BackupSchema>;

/** The backup of `entries`, taken at `now`. */
export function makeBackup(entries: readonly VocabEntry[], now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    entries: entries.map(portable),
  };
}

export function backupJson(backup: Backup): string {
  return JSON.stringify(backup, null, 1) + '\n';
}

export type ParsedBackup = { ok: true; entries: PortableEntry[] } | { ok: false; error: string };

/** Reads a backup file's text; a bad file gets one sentence saying what is wrong. */
export function parseBackup(source: string): ParsedBackup {
  // Characters, not bytes: a UTF-8 file has at least as many bytes as characters.
  if (source.length > MAX_BACKUP_BYTES) return fail(`The file is larger than ${mb()} MB.`);
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return fail('The file is not JSON. Choose a backup that Nunchi exported.');
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== BACKUP_FORMAT) {
    return fail('The file is not a Nunchi vocabulary backup.');
  }
  if (header.data.version !== BACKUP_VERSION) {
    return fail(
      `The backup is of format ${header.data.version}; this version of Nunchi reads format ${BACKUP_VERSION}.`,
    );
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` at ${pathOf(issue.path)}` : '';
    return fail(`The backup is damaged${where}: ${describe(issue)}.`);
  }
  return {
    ok: true,
    entries: parsed.data.entries.map((e) => ({ ...e, term: normalizeTerm(e.term) })),
  };
}

/**
 * What is wrong, in words: zod/mini carries no message texts (they would weigh on every bundle
 * that imports the protocol), so the issue's code is spelled out here.
 */
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `longer than ${issue.maximum}`
        : `more than ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? 'empty or too short'
        : `less than ${issue.minimum}`;
    case 'unrecognized_keys':
      // The key names come from the file: shortened, so a hostile one cannot flood the page.
      return `unknown field ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')}`;
    case 'invalid_value':
      return `not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    default:
      return 'invalid value';
  }
}

/** `entries[3].contexts[0].url` */
function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

function mb(): number {
  return MAX_BACKUP_BYTES / 1024 / 1024;
}

function fail(error: string): ParsedBackup {
  return { ok: false, error };
}
