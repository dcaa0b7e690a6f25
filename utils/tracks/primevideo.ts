import { formatFromUrl } from './format';
import { normalizeLang } from './lang';
import { dig, idOf, isRecord, queryParam, records, text } from './shape';
import type { TrackInfo, TrackKind } from './types';

/**
 * Prime Video's playback resources (`GetVodPlaybackResources`, older `GetPlaybackResources`):
 * `timedTextUrls.result.subtitleUrls[]{url, languageCode, displayName, type}` and forced
 * narratives beside them (`forcedNarrativeUrls`); older responses put both lists at the top
 * level. Files are TTML2/DFXP. The page also loads trailers through the same call, marked by
 * `videoMaterialType=Trailer` in the request, and their tracks are not the episode's: they
 * give []. The video id is the request's `asin`.
 */
export function primeVideoTracks(parsed: unknown, requestUrl: string): TrackInfo[] {
  if (!isRecord(parsed)) return [];
  if (queryParam(requestUrl, 'videoMaterialType')?.toLowerCase() === 'trailer') return [];
  const videoId =
    queryParam(requestUrl, 'asin') ?? idOf(dig(parsed, 'catalogMetadata', 'catalog', 'id'));
  if (!videoId) return [];
  const result = isRecord(dig(parsed, 'timedTextUrls', 'result'))
    ? (dig(parsed, 'timedTextUrls', 'result') as Record<string, unknown>)
    : parsed;
  const forced = result.forcedNarrativeUrls ?? result.forcedNarratives;
  return [
    ...records(result.subtitleUrls).flatMap((e) => track(e, videoId, false)),
    ...records(forced).flatMap((e) => track(e, videoId, true)),
  ];
}

function track(entry: Record<string, unknown>, videoId: string, forced: boolean): TrackInfo[] {
  const url = text(entry.url);
  const rawLang = text(entry.languageCode) ?? '';
  if (!url || !rawLang) return [];
  const label = text(entry.displayName) ?? rawLang;
  const kind: TrackKind = forced
    ? 'forced'
    : entry.type === 'sdh' || /\[CC\]/i.test(label)
      ? 'captions'
      : 'subtitles';
  const info: TrackInfo = {
    site: 'primevideo',
    videoId,
    lang: normalizeLang(rawLang),
    rawLang,
    label,
    url,
    format: formatFromUrl(url) ?? 'ttml',
    kind,
  };
  const trackId = idOf(entry.timedTextTrackId);
  if (trackId) info.trackId = trackId;
  return [info];
}
