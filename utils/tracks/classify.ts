import { extensionOf } from '../subtitles/detect';
import { formatOfExtension } from './format';
import { own } from './shape';
import type { TrackFormat, TrackSite } from './types';
import { parseTimedTextUrl } from './youtube';

/**
 * What an intercepted response holds:
 * - `track-list`: a site's JSON listing subtitle tracks (read with the site's extractor);
 * - `hls-playlist`: an HLS playlist (master: subtitle renditions; media: segments);
 * - `dash-manifest`: a DASH `.mpd` listing text AdaptationSets;
 * - `subtitle-file`: a subtitle track or segment itself, in `format`.
 */
export type SubtitleRequestRole = 'track-list' | 'hls-playlist' | 'dash-manifest' | 'subtitle-file';

export interface SubtitleRequest {
  /** The site the request's host belongs to; null for a CDN no site is known by. */
  site: TrackSite | null;
  role: SubtitleRequestRole;
  /** With `subtitle-file`: the format to parse it as (parsing still checks the content). */
  format?: TrackFormat;
}

/** Host suffixes of each site and of the servers its player loads tracks from. */
const HOSTS: [TrackSite, string[]][] = [
  ['netflix', ['netflix.com', 'nflxvideo.net']],
  ['youtube', ['youtube.com', 'youtube-nocookie.com']],
  ['viki', ['viki.com', 'viki.io']],
  ['disneyplus', ['disneyplus.com', 'dssott.com', 'bamgrid.com']],
  ['max', ['max.com', 'hbomax.com']],
  ['primevideo', ['primevideo.com', 'amazon.com', 'amazon.co.jp', 'amazon.co.uk', 'amazon.de']],
  ['crunchyroll', ['crunchyroll.com']],
  ['bilibili', ['bilibili.com', 'bilibili.tv', 'hdslb.com']],
  ['iqiyi', ['iq.com', 'iqiyi.com']],
  ['appletv', ['tv.apple.com', 'itunes.apple.com']],
];

/** Paths of the JSON answers that list a video's subtitle tracks, per site. */
const TRACK_LISTS: [TrackSite, RegExp][] = [
  ['viki', /^\/(?:api|v\d+)\/videos\/\w+(?:\.json)?$/],
  ['primevideo', /\/Get(?:Vod)?PlaybackResources$/],
  ['crunchyroll', /^\/playback\/v\d+\/[\w-]+\/.*\/play$/],
  // bilibili.com player info (with or without the signed `wbi` path), bilibili.tv subtitles.
  ['bilibili', /^\/x\/player\/(?:wbi\/)?v2$|^\/intl\/gateway\/web\/v2\/subtitle$/],
  ['iqiyi', /^\/dash$/],
];

const MIME: Record<string, SubtitleRequestRole | TrackFormat> = {
  'application/vnd.apple.mpegurl': 'hls-playlist',
  'application/x-mpegurl': 'hls-playlist',
  'audio/mpegurl': 'hls-playlist',
  'application/dash+xml': 'dash-manifest',
  'text/vtt': 'webvtt',
  'application/ttml+xml': 'ttml',
  'application/x-subrip': 'srt',
  'text/x-ssa': 'ass',
};

function siteOf(host: string): TrackSite | null {
  for (const [site, suffixes] of HOSTS) {
    if (suffixes.some((s) => host === s || host.endsWith(`.${s}`))) return site;
  }
  return null;
}

/**
 * Which reader applies to a request the page made, so one main-world hook can route every
 * response it sees: by the site's known track-list paths, then by YouTube's timedtext API, then
 * by file type (extension or Content-Type) for playlists, manifests and subtitle files. Null
 * when the request carries nothing Nunchi reads. Netflix's manifest is not a request here: it
 * is caught where the page parses it (see `netflixManifestTracks`).
 */
export function classifySubtitleRequest(url: string, contentType?: string): SubtitleRequest | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const site = siteOf(parsed.hostname.toLowerCase());
  const path = parsed.pathname;

  for (const [listSite, pattern] of TRACK_LISTS) {
    if (site === listSite && pattern.test(path)) return { site, role: 'track-list' };
  }
  if (site === 'youtube' && path === '/api/timedtext') {
    const format = parseTimedTextUrl(url)?.format;
    return format ? { site, role: 'subtitle-file', format } : null;
  }

  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const byMime = own(MIME, mime);
  if (/\.m3u8$/i.test(path) || byMime === 'hls-playlist') return { site, role: 'hls-playlist' };
  if (/\.mpd$/i.test(path) || byMime === 'dash-manifest') return { site, role: 'dash-manifest' };
  const format = formatFromPath(path) ?? (byMime && !isRole(byMime) ? byMime : undefined);
  if (format) return { site, role: 'subtitle-file', format };
  // Bilibili serves its subtitle JSON as plain `.json` files from its own hosts.
  if (site === 'bilibili' && /\.json$/i.test(path)) {
    return { site, role: 'subtitle-file', format: 'bilibili-json' };
  }
  return null;
}

function isRole(value: SubtitleRequestRole | TrackFormat): value is SubtitleRequestRole {
  return value === 'hls-playlist' || value === 'dash-manifest';
}

/**
 * Extensions that mark a subtitle file in any request. `.xml` and `.json` are too common to
 * mean subtitles by themselves, and a `fmt=` parameter is only YouTube's.
 */
const FILE_EXTENSIONS = new Set(['vtt', 'webvtt', 'srt', 'ass', 'ssa', 'ttml', 'ttml2', 'dfxp']);

function formatFromPath(path: string): TrackFormat | undefined {
  const ext = extensionOf(path);
  return FILE_EXTENSIONS.has(ext) ? formatOfExtension(ext) : undefined;
}
