import type { Handlers } from '../../utils/messaging/server';
import type { DictionaryService } from '../../utils/dictionary/service';
import type { Language, Pack } from '../../utils/notes/schema';
import type { VocabDb } from '../../utils/vocabulary/db';
import { saveTerm } from '../../utils/vocabulary/repository';
import type { SiteAccess } from './site-access';
import type { TabStatusStore } from './tab-status';

export interface BackgroundServices {
  vocab: VocabDb;
  dict: DictionaryService;
  pack: (lang: Language) => Promise<Pack>;
  tabs: TabStatusStore;
  sites: SiteAccess;
}

/** One handler per protocol row; requests arrive already validated by the listener. */
export function createHandlers(s: BackgroundServices): Handlers {
  return {
    'pack.get': ({ lang }) => s.pack(lang),
    'dict.lookup': ({ lang, text }) => s.dict.lookup(lang, text),
    'dict.status': ({ lang }) => s.dict.status(lang),
    'dict.install': ({ lang }) => s.dict.install(lang),
    'dict.remove': ({ lang }) => s.dict.remove(lang),
    'vocab.save': (request) => saveTerm(s.vocab, request),
    'tab.status.set': async (status, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('tab.status.set is only accepted from a tab');
      await s.tabs.set(tabId, status);
      return { ok: true as const };
    },
    'tab.status.get': ({ tabId }) => s.tabs.get(tabId),
    'site.enable': ({ origin, tabId }) => s.sites.enable(origin, tabId),
    'site.disable': ({ origin }) => s.sites.disable(origin),
    'site.status': ({ origin }) => s.sites.status(origin),
  };
}
