import { normalizeLang } from './lang';
import { dig, idOf, own, queryParam, records, resolveUrl, text } from './shape';
import type { TrackFormat, TrackInfo } from './types';

/** iQIYI's subtitle language ids; other ids keep the track's own name and `und`. */
const LID: Record<string, string> = { '1': 'zh_CN', '2': 'zh_TW', '3': 'en', '4': 'ko', '5': 'ja' };

/** Formats in the order Nunchi reads them; iQIYI's `xml` is its own schema, not TTML. */
const FILES: [key: string, format: TrackFormat][] = [
  ['webvtt', 'webvtt'],
  ['srt', 'srt'],
];

/**
 * The subtitle list inside iQIYI's signed player response: `data.program.stl[]{lid, _name,
 * webvtt, srt, xml, _selected}`, paths relative to `data.dstl` when they are not full URLs. The
 * response is signed, so callers observe the player's own request instead of making one. Video
 * id: the request's `tvid`, else `data.tvid`. `_selected` is the player's choice of subtitles;
 * the audio the player selected (`program.audio[]{lid, _selected}`) gives the spoken language.
 */
export function iqiyiTracks(parsed: unknown, requestUrl = ''): TrackInfo[] {
  const videoId = queryParam(requestUrl, 'tvid') ?? idOf(dig(parsed, 'data', 'tvid'));
  if (!videoId) return [];
  const base = text(dig(parsed, 'data', 'dstl'));
  const baseUrl = base && resolveUrl(base.endsWith('/') ? base : `${base}/`);
  const audio = records(dig(parsed, 'data', 'program', 'audio'));
  const audioLid = idOf((audio.find((a) => a._selected === true) ?? audio[0])?.lid);
  const spoken = normalizeLang(own(LID, audioLid) ?? '');
  const tracks: TrackInfo[] = [];
  for (const entry of records(dig(parsed, 'data', 'program', 'stl'))) {
    const lid = idOf(entry.lid);
    const rawLang = own(LID, lid) ?? '';
    for (const [key, format] of FILES) {
      const path = text(entry[key]);
      const url = path && resolveUrl(path.replace(/^\/(?!\/)/, ''), baseUrl ?? undefined);
      if (!url) continue;
      tracks.push({
        site: 'iqiyi',
        videoId,
        lang: normalizeLang(rawLang),
        rawLang: rawLang || (lid ?? ''),
        label: text(entry._name) ?? rawLang,
        url,
        format,
        kind: 'subtitles',
        ...(lid ? { trackId: lid } : {}),
        ...(entry._selected === true ? { selected: true } : {}),
        ...(spoken !== 'und' ? { originalLang: spoken } : {}),
      });
      break;
    }
  }
  return tracks;
}
