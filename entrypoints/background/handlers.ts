import type { DictionaryService } from '../../utils/dictionary/service';
import type { LanguageEngine } from '../../utils/language/types';
import type { ReplyOf } from '../../utils/messaging/protocol';
import type { Handlers } from '../../utils/messaging/server';
import type { Language, Pack } from '../../utils/notes/schema';
import type { VocabDb } from '../../utils/vocabulary/db';
import { saveTerm } from '../../utils/vocabulary/repository';
import type { AnnotationService } from './annotation';
import type { ReadingService } from './readings';
import type { SiteAccess } from './site-access';
import { dashTracksRequest, mergeSegmentsRequest, parseSubtitleRequest } from './subtitles';
import type { TabStatusStore } from './tab-status';

export interface BackgroundServices {
  vocab: VocabDb;
  dict: DictionaryService;
  pack: (lang: Language) => Promise<Pack>;
  engine: (lang: Language) => Promise<LanguageEngine>;
  lines: AnnotationService;
  readings: ReadingService;
  tabs: TabStatusStore;
  sites: SiteAccess;
}

/** One handler per protocol row; requests arrive already validated by the listener. */
export function createHandlers(s: BackgroundServices): Handlers {
  return {
    'pack.get': ({ lang }) => s.pack(lang),
    'lines.annotate': (request) => s.lines.annotate(request),
    'lines.detect': (request) => s.lines.detect(request),
    'lines.readings': (request) => s.readings.readings(request),
    'notes.headwords': (request) => s.lines.headwords(request),
    'dict.lookup': async ({ lang, text }) =>
      withRomanization(await s.dict.lookup(lang, text), () => s.engine(lang)),
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
    'subtitles.parse': parseSubtitleRequest,
    'tracks.segments': mergeSegmentsRequest,
    'tracks.dash': dashTracksRequest,
  };
}

type LookupReply = ReplyOf<'dict.lookup'>;

/**
 * Adds a romanization of the first result's headword when its entry has no reading (the Korean
 * core dictionary lists none), so the word card can show one without an engine in the page.
 */
export async function withRomanization(
  reply: LookupReply,
  engine: () => Promise<LanguageEngine>,
): Promise<LookupReply> {
  if (reply.state !== 'ok') return reply;
  const first = reply.results[0];
  if (!first || first.entries[0]?.reading) return reply;
  const headword = first.entries[0]?.headword ?? first.lemma;
  const romanized = await engine().then(
    (e) => e.romanize(headword),
    () => '',
  );
  return romanized ? { ...reply, romanized } : reply;
}
