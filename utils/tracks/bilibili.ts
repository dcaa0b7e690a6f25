import { formatFromUrl } from './format';
import { normalizeLang } from './lang';
import { dig, idOf, queryParam, records, resolveUrl, text } from './shape';
import type { TrackInfo } from './types';

/**
 * Bilibili's subtitle lists. bilibili.com's player API: `data.subtitle.subtitles[]{lan,
 * lan_doc, subtitle_url}` with protocol-relative URLs; bilibili.tv: `data.subtitles[]{lang_key,
 * lang, url}`. Languages starting `ai-` are machine-made (speech recognition or translation).
 * A listed track with an empty URL (machine tracks when logged out) keeps url ''. Video id: the
 * part's `cid` on .com, the `episode_id` of the request on .tv.
 */
export function bilibiliTracks(parsed: unknown, requestUrl = ''): TrackInfo[] {
  const comList = dig(parsed, 'data', 'subtitle', 'subtitles');
  if (Array.isArray(comList)) {
    const videoId =
      idOf(dig(parsed, 'data', 'cid')) ??
      queryParam(requestUrl, 'cid') ??
      idOf(dig(parsed, 'data', 'bvid'));
    if (!videoId) return [];
    return records(comList).flatMap((e) =>
      track(videoId, e.lan, e.lan_doc, e.subtitle_url, idOf(e.id)),
    );
  }
  const tvList = dig(parsed, 'data', 'subtitles');
  const videoId = queryParam(requestUrl, 'episode_id') ?? queryParam(requestUrl, 'ep_id');
  if (!Array.isArray(tvList) || !videoId) return [];
  return records(tvList).flatMap((e) =>
    track(videoId, e.lang_key ?? e.key, e.lang ?? e.title, e.url, idOf(e.subtitle_id)),
  );
}

function track(
  videoId: string,
  lan: unknown,
  doc: unknown,
  rawUrl: unknown,
  trackId: string | undefined,
): TrackInfo[] {
  const rawLang = text(lan);
  if (!rawLang) return [];
  const machine = rawLang.startsWith('ai-');
  const source = text(rawUrl);
  const url = (source && resolveUrl(source)) ?? '';
  const info: TrackInfo = {
    site: 'bilibili',
    videoId,
    lang: normalizeLang(machine ? rawLang.slice(3) : rawLang),
    rawLang,
    label: text(doc) ?? rawLang,
    url,
    format: (url && formatFromUrl(url)) || 'bilibili-json',
    kind: machine ? 'asr' : 'subtitles',
  };
  if (trackId) info.trackId = trackId;
  return [info];
}
