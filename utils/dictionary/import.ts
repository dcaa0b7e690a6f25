import type { Language } from '../notes/schema';
import { DictFormatError, parseDictHeader, parseDictLine, type DictLine } from './format/index';
import { bucketRange, pageId, type DictDb, type DictMeta, type DictPage } from './db';
import { errorMessage } from '../error-message';

/** A page closes after this many bytes of entry text: small enough to read on every hover. */
const PAGE_BYTES = 16_000;
/** Pages per write transaction. */
const WRITE_BATCH = 100;
/** Share of the progress bar for reading the file; writing takes the rest. */
const READ_SHARE = 0.7;

/**
 * Buckets being written by an install running in this worker. Two languages may install at once
 * (a Chinese hover while Japanese installs from the options page); each install sweeps unused
 * buckets, and must not take the other's half-written pages for leftovers.
 */
const writing = new Set<string>();

/**
 * Installs a language's dictionary from a gzip'd `nunchi-dict` stream: decompress, split into
 * lines, validate each, group them into pages by form, write the pages under a fresh bucket,
 * then point the language's meta row at it and drop the old pages. Any error (bad gzip, bad line,
 * wrong language, short file) removes the partial bucket and rethrows, leaving the installed
 * dictionary as it was.
 */
export async function installDictionary(
  db: DictDb,
  lang: Language,
  gzipped: ReadableStream<Uint8Array<ArrayBuffer>>,
  onProgress: (fraction: number) => void = () => {},
): Promise<DictMeta> {
  await sweepUnusedBuckets(db);
  const bucket = `${lang}@${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  writing.add(bucket);
  await db.installs.put({ bucket, lang, startedAt: Date.now() });
  try {
    const { header, byForm } = await readDictionary(lang, gzipped, (f) =>
      onProgress(f * READ_SHARE),
    );
    const pages = paginate(byForm);
    for (let i = 0; i < pages.length; i += WRITE_BATCH) {
      await db.pages.bulkPut(
        pages.slice(i, i + WRITE_BATCH).map((forms, j) => ({ id: pageId(bucket, i + j), forms })),
      );
      onProgress(READ_SHARE + (1 - READ_SHARE) * Math.min((i + WRITE_BATCH) / pages.length, 0.99));
    }
    const meta: DictMeta = {
      lang,
      bucket,
      pageStarts: pages.map((forms) => Object.keys(forms)[0]!),
      entries: header.entries,
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
    await dropBucket(db, bucket);
    throw error;
  } finally {
    writing.delete(bucket);
  }
}

/** Removes a language's dictionary. */
export async function removeDictionary(db: DictDb, lang: Language): Promise<void> {
  await db.meta.delete(lang);
  await sweepUnusedBuckets(db);
}

/** Reads and validates the whole file, collecting the entry lines under each of their forms. */
async function readDictionary(
  lang: Language,
  gzipped: ReadableStream<Uint8Array<ArrayBuffer>>,
  onProgress: (fraction: number) => void,
) {
  const lines = readLines(gzipped.pipeThrough(new DecompressionStream('gzip')));
  const first = await lines.next();
  if (first.done) throw new DictFormatError('the file is empty');
  const header = parseDictHeader(first.value);
  if (header.lang !== lang) {
    throw new DictFormatError(`line 1: this is a "${header.lang}" dictionary, not "${lang}"`);
  }
  const byForm = new Map<string, string[]>();
  let count = 0;
  let lineNo = 1;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const entry = parseDictLine(line, lineNo);
    for (const form of formsOf(lang, entry)) {
      const list = byForm.get(form);
      if (list) list.push(line);
      else byForm.set(form, [line]);
    }
    if (++count % 5000 === 0) onProgress(Math.min(count / header.entries, 1));
  }
  if (count !== header.entries) {
    throw new DictFormatError(
      `the header promises ${header.entries} entries but the file has ${count}`,
    );
  }
  return { header, byForm };
}

/** The written forms a lookup may arrive with: headword and variants, NFC. */
function formsOf(lang: Language, entry: DictLine): Set<string> {
  const forms = new Set([entry.h, ...(entry.v ?? [])].map((f) => f.normalize('NFC')));
  // Japanese words are often written in kana alone: the kana reading is a written form too.
  if (lang === 'ja' && entry.r) forms.add(entry.r.normalize('NFC'));
  return forms;
}

/** Cuts the sorted forms into pages of about PAGE_BYTES of entry text each. */
function paginate(byForm: Map<string, string[]>): DictPage['forms'][] {
  const forms = [...byForm.keys()].sort();
  const pages: DictPage['forms'][] = [];
  let page: DictPage['forms'] = {};
  let bytes = 0;
  for (const form of forms) {
    const lines = byForm.get(form)!;
    page[form] = lines;
    for (const line of lines) bytes += line.length;
    if (bytes >= PAGE_BYTES) {
      pages.push(page);
      page = {};
      bytes = 0;
    }
  }
  if (Object.keys(page).length) pages.push(page);
  return pages;
}

/**
 * Deletes the pages of every bucket no meta row points at and no running install is writing:
 * the old generation after a swap, or leftovers of an install the browser cut short (an MV3
 * worker can be stopped mid-install, which also empties `writing`).
 */
async function sweepUnusedBuckets(db: DictDb): Promise<void> {
  const active = new Set((await db.meta.toArray()).map((m) => m.bucket));
  for (const install of await db.installs.toArray()) {
    if (!active.has(install.bucket) && !writing.has(install.bucket)) {
      await dropBucket(db, install.bucket);
    }
  }
}

async function dropBucket(db: DictDb, bucket: string): Promise<void> {
  const [from, to] = bucketRange(bucket);
  await db.pages.where('id').between(from, to, true, true).delete();
  await db.installs.delete(bucket);
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
    throw new DictFormatError(`the file is not valid gzip (${errorMessage(error)})`);
  } finally {
    // Stops the download too when the caller gives up on a bad line.
    await reader.cancel().catch(() => undefined);
  }
  if (rest.trim()) yield rest;
}
