import { formatFromUrl } from './format';
import { normalizeLang } from './lang';
import { isRecord, own, records, text } from './shape';
import type { TrackFormat, TrackInfo, TrackKind } from './types';

const FORMAT: Record<string, TrackFormat> = { ass: 'ass', vtt: 'webvtt', srt: 'srt' };

/**
 * Crunchyroll's playback answer (`/playback/v3/{id}/web/{browser}/play`):
 * `subtitles{locale: {url, format: 'ass', language}}` and closed captions in `captions` of the
 * same shape. The player draws ASS on a canvas, so this is the only way to the text. The video
 * id is the one in the request path. A `none` locale means "no subtitles". The original
 * language is the audio of the version marked `original` (else the audio playing, `audioLocale`).
 */
export function crunchyrollTracks(parsed: unknown, requestUrl: string): TrackInfo[] {
  if (!isRecord(parsed)) return [];
  const videoId = /\/playback\/v\d+\/([\w-]+)\//.exec(requestUrl)?.[1];
  if (!videoId) return [];
  const original = records(parsed.versions).find((v) => v.original === true);
  const audio = normalizeLang(text(original?.audio_locale) ?? text(parsed.audioLocale));
  const tracks = [
    ...fromLocaleMap(parsed.subtitles, videoId, 'subtitles'),
    ...fromLocaleMap(parsed.captions, videoId, 'captions'),
  ];
  return audio === 'und' ? tracks : tracks.map((t) => ({ ...t, originalLang: audio }));
}

function fromLocaleMap(map: unknown, videoId: string, kind: TrackKind): TrackInfo[] {
  if (!isRecord(map)) return [];
  return Object.entries(map).flatMap(([locale, entry]): TrackInfo[] => {
    if (!isRecord(entry)) return [];
    const url = text(entry.url);
    const rawLang = text(entry.language) ?? locale;
    const lang = normalizeLang(rawLang);
    if (!url || lang === 'zxx') return [];
    const declared =
      typeof entry.format === 'string' ? own(FORMAT, entry.format.toLowerCase()) : undefined;
    return [
      {
        site: 'crunchyroll',
        videoId,
        lang,
        rawLang,
        label: rawLang,
        url,
        format: declared ?? formatFromUrl(url) ?? 'ass',
        kind,
      },
    ];
  });
}
