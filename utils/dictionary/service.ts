import type { Language } from '../notes/schema';
import type { LanguageEngine, LookupCandidate } from '../language/types';
import type { DictStatus, LookupResult, ReplyOf } from '../messaging/protocol';
import type { DictDb, DictMeta } from './db';
import { installDictionary, removeDictionary } from './import';
import { lookupCandidates, prefixCandidates } from './lookup';
import { errorMessage } from '../error-message';

export interface DictionaryDeps {
  db: DictDb;
  /** The shipped gzip'd dictionary file of a language. */
  openFile: (lang: Language) => Promise<ReadableStream<Uint8Array<ArrayBuffer>>>;
  loadEngine: (lang: Language) => Promise<LanguageEngine>;
  /**
   * How long a lookup that triggered the first install waits for it before answering
   * "unavailable, installing" (Korean is small enough to be ready within this).
   */
  firstUseWaitMs?: number;
  cacheSize?: number;
}

export type DictionaryService = ReturnType<typeof createDictionaryService>;

interface Job {
  progress: number;
  done: Promise<void>;
}

/**
 * Dictionaries of the extension: status, install (once at a time per language, with progress),
 * removal, and cached lookups that install a language on first use.
 */
export function createDictionaryService(deps: DictionaryDeps) {
  const { db, firstUseWaitMs = 3000, cacheSize = 2000 } = deps;
  const jobs = new Map<Language, Job>();
  const errors = new Map<Language, string>();
  const metas = new Map<Language, DictMeta | null>();
  const cache = new Map<string, LookupResult[]>();

  async function meta(lang: Language): Promise<DictMeta | null> {
    if (!metas.has(lang)) metas.set(lang, (await db.meta.get(lang)) ?? null);
    return metas.get(lang) ?? null;
  }

  async function status(lang: Language): Promise<DictStatus> {
    const installed = await meta(lang);
    const job = jobs.get(lang);
    const error = errors.get(lang);
    const entries = installed?.entries ?? 0;
    if (job) return { lang, state: 'installing', progress: job.progress, entries };
    if (installed) return { lang, state: 'ready', progress: 1, entries, ...(error && { error }) };
    if (error) return { lang, state: 'error', progress: 0, entries: 0, error };
    return { lang, state: 'absent', progress: 0, entries: 0 };
  }

  function forget(lang: Language) {
    metas.delete(lang);
    for (const key of cache.keys()) if (key.startsWith(`${lang}|`)) cache.delete(key);
  }

  /** Starts an install unless one is running; resolves when it has settled. */
  function startInstall(lang: Language): Promise<void> {
    const running = jobs.get(lang);
    if (running) return running.done;
    errors.delete(lang);
    const job: Job = { progress: 0, done: Promise.resolve() };
    job.done = (async () => {
      try {
        const file = await deps.openFile(lang);
        await installDictionary(db, lang, file, (p) => (job.progress = p));
      } catch (error) {
        errors.set(lang, `Could not install the ${lang} dictionary: ${errorMessage(error)}`);
      } finally {
        forget(lang);
        jobs.delete(lang);
      }
    })();
    jobs.set(lang, job);
    return job.done;
  }

  async function candidates(lang: Language, text: string): Promise<LookupCandidate[]> {
    try {
      return (await deps.loadEngine(lang)).lookupCandidates(text);
    } catch {
      // No engine for this language yet: plain prefixes still find uninflected words.
      return prefixCandidates(text);
    }
  }

  return {
    status,

    /** Starts installing and answers at once with the status (poll `status` for progress). */
    async install(lang: Language): Promise<DictStatus> {
      void startInstall(lang);
      return status(lang);
    },

    /** Installs and waits until done; resolves with the final status. */
    async installAndWait(lang: Language): Promise<DictStatus> {
      await startInstall(lang);
      return status(lang);
    },

    async remove(lang: Language): Promise<DictStatus> {
      await jobs.get(lang)?.done;
      await removeDictionary(db, lang);
      errors.delete(lang);
      forget(lang);
      return status(lang);
    },

    async lookup(lang: Language, text: string): Promise<ReplyOf<'dict.lookup'>> {
      const key = `${lang}|${text.normalize('NFC')}`;
      const hit = cache.get(key);
      if (hit) {
        // Refresh its place: the cache forgets the least recently used first.
        cache.delete(key);
        cache.set(key, hit);
        return { state: 'ok', results: hit };
      }
      let installed = await meta(lang);
      if (!installed) {
        // First use of a language installs its dictionary; a failed install is not retried on
        // every hover, only when the viewer asks again from the options page.
        if (errors.has(lang) && !jobs.has(lang))
          return { state: 'unavailable', status: await status(lang) };
        const done = startInstall(lang);
        await Promise.race([done, delay(firstUseWaitMs)]);
        installed = await meta(lang);
        if (!installed || jobs.has(lang))
          return { state: 'unavailable', status: await status(lang) };
      }
      const results = await lookupCandidates(db, installed, await candidates(lang, text));
      cache.set(key, results);
      if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
      return { state: 'ok', results };
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
