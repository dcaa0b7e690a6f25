import type { Language } from '../notes/schema';
import { DictFormatError, parseDictHeader, parseDictLine, type DictLine } from './format/index';
import { rowKey, type DictDb, type DictMeta, type DictRow } from './db';

const BATCH = 2000;

/**
 * Installs a language's dictionary from a gzip'd `nunchi-dict` stream: decompress, split into
 * lines, validate each, write in batches into a fresh bucket, then point the language's meta row
 * at it and drop the old rows. Any error (bad gzip, bad line, wrong language, short file) removes
 * the partial bucket and rethrows, leaving the installed dictionary as it was.
 */
export async function installDictionary(
  db: DictDb,
  lang: Language,
  gzipped: ReadableStream<Uint8Array<ArrayBuffer>>,
  onProgress: (fraction: number) => void = () => {},
): Promise<DictMeta> {
  await sweepUnusedBuckets(db);
  const bucket = `${lang}@${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  try {
    const lines = readLines(gzipped.pipeThrough(new DecompressionStream('gzip')));
    const first = await lines.next();
    if (first.done) throw new DictFormatError('the file is empty');
    const header = parseDictHeader(first.value);
    if (header.lang !== lang) {
      throw new DictFormatError(`line 1: this is a "${header.lang}" dictionary, not "${lang}"`);
    }
    let count = 0;
    let lineNo = 1;
    let batch: DictRow[] = [];
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      batch.push(toRow(bucket, lang, parseDictLine(line, lineNo)));
      if (batch.length === BATCH) {
        await db.entries.bulkAdd(batch);
        count += batch.length;
        batch = [];
        onProgress(Math.min(count / header.entries, 0.99));
      }
    }
    await db.entries.bulkAdd(batch);
    count += batch.length;
    if (count !== header.entries) {
      throw new DictFormatError(
        `the header promises ${header.entries} entries but the file has ${count}`,
      );
    }
    const meta: DictMeta = {
      lang,
      bucket,
      entries: count,
      source: header.source,
      licence: header.licence,
      attribution: header.attribution,
      installedAt: Date.now(),
    };
    await db.meta.put(meta);
    onProgress(1);
    await sweepUnusedBuckets(db);
    return meta;
  } catch (error) {
    await db.entries.where('bucket').equals(bucket).delete();
    throw error;
  }
}

/** Removes a language's dictionary. */
export async function removeDictionary(db: DictDb, lang: Language): Promise<void> {
  await db.meta.delete(lang);
  await sweepUnusedBuckets(db);
}

/**
 * Deletes rows of buckets no meta row points at: the old generation after a swap, or leftovers
 * of an install the browser cut short (an MV3 worker can be stopped mid-install).
 */
async function sweepUnusedBuckets(db: DictDb): Promise<void> {
  const active = (await db.meta.toArray()).map((m) => m.bucket);
  const buckets = (await db.entries.orderBy('bucket').uniqueKeys()) as string[];
  for (const bucket of buckets) {
    if (!active.includes(bucket)) await db.entries.where('bucket').equals(bucket).delete();
  }
}

function toRow(bucket: string, lang: Language, line: DictLine): DictRow {
  const variants = line.v ?? [];
  const forms = new Set([line.h, ...variants].map((f) => f.normalize('NFC')));
  // Japanese words are often written in kana alone: index the kana reading as a form too.
  if (lang === 'ja' && line.r) forms.add(line.r.normalize('NFC'));
  return {
    bucket,
    keys: [...forms].map((f) => rowKey(bucket, f)),
    headword: line.h,
    variants,
    reading: line.r,
    senses: line.s.map((s) => ({ glosses: s.g, pos: s.p })),
    tags: line.t ?? [],
  };
}

/** Splits a byte stream of UTF-8 text into lines without holding the whole file. */
async function* readLines(bytes: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncGenerator<string> {
  const reader = bytes.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const parts = (rest + value).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
  } catch (error) {
    throw new DictFormatError(`the file is not valid gzip (${describe(error)})`);
  } finally {
    // Stops the download too when the caller gives up on a bad line.
    await reader.cancel().catch(() => undefined);
  }
  if (rest.trim()) yield rest;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
