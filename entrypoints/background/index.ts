import { browser, type PublicPath } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDictDb } from '../../utils/dictionary/db';
import { createDictionaryService } from '../../utils/dictionary/service';
import { loadEngine } from '../../utils/language/registry';
import { createMessageListener } from '../../utils/messaging/server';
import type { Language } from '../../utils/notes/schema';
import { vocabDb } from '../../utils/vocabulary/db';
import { createAnnotationService } from './annotation';
import { createHandlers } from './handlers';
import { createReadingService } from './readings';
import { createPackCache } from './packs';
import { createSiteAccess } from './site-access';
import { createTabStatusStore } from './tab-status';

/** Files written by the build (merged packs) or added later (dictionaries) are not in PublicPath. */
const extensionUrl = (path: string) => browser.runtime.getURL(path as PublicPath);

async function fetchExtensionFile(path: string): Promise<Response> {
  const response = await fetch(extensionUrl(path)).catch(() => null);
  if (!response?.ok) throw new Error(`${path} is missing from this build of Nunchi`);
  return response;
}

async function openDictFile(lang: Language) {
  const response = await fetchExtensionFile(`/dict/${lang}.jsonl.gz`);
  if (!response.body) throw new Error(`/dict/${lang}.jsonl.gz is empty`);
  return response.body;
}

export default defineBackground(() => {
  const tabs = createTabStatusStore();
  const sites = createSiteAccess({
    scripting: browser.scripting,
    permissions: browser.permissions,
    builtInMatches: (browser.runtime.getManifest().content_scripts ?? []).flatMap(
      (script) => script.matches ?? [],
    ),
  });
  const pack = createPackCache(async (path) => (await fetchExtensionFile(path)).json());
  const dict = createDictionaryService({ db: openDictDb(), openFile: openDictFile, loadEngine });
  const handlers = createHandlers({
    vocab: vocabDb(),
    dict,
    pack,
    engine: loadEngine,
    lines: createAnnotationService({ pack, engine: loadEngine }),
    readings: createReadingService({
      engine: loadEngine,
      lookup: (lang, text) => dict.lookup(lang, text),
    }),
    tabs,
    sites,
  });

  // Registered synchronously at start-up so a message that woke the worker is not missed.
  browser.runtime.onMessage.addListener(createMessageListener(handlers));
  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
  // A tab that starts loading a page drops what the previous page reported; its content script
  // (if Nunchi runs on the new page) reports again once it has looked.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabs.forget(tabId);
  });
  void sites.sync().catch((error: unknown) => console.error('Nunchi: site scripts', error));
});
