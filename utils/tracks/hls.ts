import { normalizeLang } from './lang';
import { resolveUrl } from './shape';
import type { TrackInfo, TrackSite } from './types';

/** More segments than any episode has; stops a hostile playlist from growing without bound. */
const MAX_SEGMENTS = 20_000;

/**
 * An HLS attribute list (RFC 8216 §4.2): `NAME=value` pairs separated by commas, where a quoted
 * value may itself hold commas.
 */
export function parseAttributeList(list: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const pair = /([A-Z0-9-]+)=("[^"]*"|[^,]*)/g;
  for (const m of list.matchAll(pair)) {
    const value = m[2]!;
    attrs[m[1]!] = value.startsWith('"') ? value.slice(1, -1) : value.trim();
  }
  return attrs;
}

/** A subtitle rendition of an HLS master playlist. */
export interface HlsSubtitleRendition {
  groupId: string;
  name: string;
  rawLang: string;
  /** Media playlist URL, resolved against the master playlist. */
  url: string;
  forced: boolean;
  /** Sound descriptions for the deaf and hard of hearing (CHARACTERISTICS). */
  captions: boolean;
}

function lines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim());
}

/** `#EXT-X-MEDIA:TYPE=SUBTITLES` renditions of a master playlist; [] for anything else. */
export function hlsSubtitleRenditions(master: string, masterUrl: string): HlsSubtitleRendition[] {
  const all = lines(master);
  if (all[0] !== '#EXTM3U') return [];
  const renditions: HlsSubtitleRendition[] = [];
  for (const line of all) {
    if (!line.startsWith('#EXT-X-MEDIA:')) continue;
    const attrs = parseAttributeList(line.slice('#EXT-X-MEDIA:'.length));
    if (attrs.TYPE !== 'SUBTITLES' || !attrs.URI) continue;
    const url = resolveUrl(attrs.URI, masterUrl);
    if (!url) continue;
    renditions.push({
      groupId: attrs['GROUP-ID'] ?? '',
      name: attrs.NAME ?? '',
      rawLang: attrs.LANGUAGE ?? '',
      url,
      forced: attrs.FORCED === 'YES',
      captions: (attrs.CHARACTERISTICS ?? '').includes('describes-music-and-sound'),
    });
  }
  return renditions;
}

/**
 * Subtitle tracks of an HLS master playlist: every non-forced rendition; when a `sub-main` group
 * exists (Disney+ lists full subtitles there and forced narratives, signs and foreign lines, as
 * FORCED=YES renditions, often in a group of their own), only that group. Each track's URL is a
 * media playlist of WebVTT segments.
 */
export function hlsSubtitleTracks(
  site: TrackSite,
  master: string,
  masterUrl: string,
  videoId: string,
): TrackInfo[] {
  const renditions = hlsSubtitleRenditions(master, masterUrl).filter((r) => !r.forced);
  const main = renditions.filter((r) => r.groupId === 'sub-main');
  return (main.length > 0 ? main : renditions).map((r) => ({
    site,
    videoId,
    lang: normalizeLang(r.rawLang),
    rawLang: r.rawLang,
    label: r.name || r.rawLang,
    url: r.url,
    format: 'webvtt',
    kind: r.captions ? 'captions' : 'subtitles',
    delivery: 'hls-playlist',
  }));
}

/** Disney+ subtitle tracks from the HLS master playlist its playback answer points to. */
export function disneyPlusTracks(master: string, masterUrl: string, videoId: string): TrackInfo[] {
  return hlsSubtitleTracks('disneyplus', master, masterUrl, videoId);
}

export interface HlsSegment {
  url: string;
  /** Start on the playlist's timeline (the sum of the durations before it). */
  startMs: number;
  durationMs: number;
}

/** The segments of an HLS media playlist, in order, with URLs resolved; [] for anything else. */
export function hlsMediaSegments(playlist: string, playlistUrl: string): HlsSegment[] {
  const all = lines(playlist);
  if (all[0] !== '#EXTM3U') return [];
  const segments: HlsSegment[] = [];
  let startMs = 0;
  let durationMs = 0;
  for (const line of all) {
    if (line.startsWith('#EXTINF:')) {
      const seconds = Number.parseFloat(line.slice('#EXTINF:'.length));
      durationMs = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
    } else if (line !== '' && !line.startsWith('#')) {
      const url = resolveUrl(line, playlistUrl);
      if (url) segments.push({ url, startMs, durationMs });
      startMs += durationMs;
      durationMs = 0;
      if (segments.length >= MAX_SEGMENTS) break;
    }
  }
  return segments;
}

/** Whether a playlist is a master playlist (lists variants or renditions) rather than media. */
export function isHlsMaster(playlist: string): boolean {
  return /^#EXT-X-(?:STREAM-INF|MEDIA):/m.test(playlist);
}
