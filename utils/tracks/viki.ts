import { formatFromUrl } from './format';
import { normalizeLang } from './lang';
import { idOf, isRecord, records, resolveUrl, text } from './shape';
import type { TrackInfo } from './types';

/**
 * Viki's video API (`/api/videos/{id}`): `subtitles[]{srclang, src, percentage}`. Viki's
 * subtitles are written by volunteers, so `percentage` is how much of the episode a language
 * covers; it becomes `completion`. The video id comes from the body, else from the request URL.
 */
export function vikiTracks(parsed: unknown, requestUrl = ''): TrackInfo[] {
  if (!isRecord(parsed)) return [];
  const videoId = idOf(parsed.id) ?? /\/videos\/(\w+)/.exec(requestUrl)?.[1];
  if (!videoId) return [];
  const tracks: TrackInfo[] = [];
  for (const entry of records(parsed.subtitles)) {
    const src = text(entry.src);
    const url = src && resolveUrl(src, requestUrl || undefined);
    const rawLang = text(entry.srclang) ?? '';
    if (!url || !rawLang) continue;
    const track: TrackInfo = {
      site: 'viki',
      videoId,
      lang: normalizeLang(rawLang),
      rawLang,
      label: text(entry.label) ?? rawLang,
      url,
      format: formatFromUrl(url) ?? 'webvtt',
      kind: 'subtitles',
    };
    if (typeof entry.percentage === 'number' && Number.isFinite(entry.percentage)) {
      track.completion = Math.min(100, Math.max(0, entry.percentage));
    }
    tracks.push(track);
  }
  return tracks;
}
