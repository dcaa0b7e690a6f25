import { normalizeLang } from './lang';
import { dig, idOf, isRecord, own, records, text } from './shape';
import type { TrackFormat, TrackInfo } from './types';

/** The text profiles Nunchi asks for, and the format each one delivers. */
const PROFILE_FORMAT: Record<string, TrackFormat> = {
  'webvtt-lssdh-ios8': 'webvtt',
  'imsc1.1': 'ttml',
  'dfxp-ls-sdh': 'ttml',
};
export const NETFLIX_TEXT_PROFILES: readonly string[] = Object.keys(PROFILE_FORMAT);

/**
 * Netflix's WebVTT writes Japanese ruby inline as `漢字(かんじ)`, which would reach the overlay
 * as part of the line; IMSC keeps ruby as markup the TTML parser sets aside.
 */
const JAPANESE_PROFILES = ['imsc1.1', 'webvtt-lssdh-ios8', 'dfxp-ls-sdh'];

/**
 * Text tracks of a Netflix manifest, as the page's `JSON.parse` returns it (`{result: {…}}` or
 * the result itself). Reads both shapes: `timedtexttracks[].ttDownloadables[profile]` with
 * `new_track_id` and `downloadUrls{cdn: url}` (older), and the mid-2026 rename
 * `textTracks[].downloadables[profile].urls[{url}]` with `id`. Tracks flagged as "off" or forced
 * narrative are left out; a track with no text profile is listed with url '' (image-based, or
 * not loaded until selected). Anything that is not a manifest gives [].
 */
export function netflixManifestTracks(parsed: unknown): TrackInfo[] {
  const root = isRecord(dig(parsed, 'result')) ? dig(parsed, 'result') : parsed;
  if (!isRecord(root)) return [];
  const videoId = idOf(root.movieId);
  if (!videoId) return [];
  const originalLang = originalAudioLang(root.audioTracks ?? root.audio_tracks);
  const list = records(root.textTracks ?? root.timedtexttracks);
  const tracks: TrackInfo[] = [];
  for (const entry of list) {
    if (entry.isNoneTrack === true || entry.isForcedNarrative === true) continue;
    // Every real track names its language; an entry without one is not a track.
    const rawLang = text(entry.language) ?? text(entry.bcp47);
    const lang = normalizeLang(rawLang);
    if (!rawLang || lang === 'zxx') continue;
    const downloadables = entry.downloadables ?? entry.ttDownloadables;
    const chosen = textDownload(downloadables, lang);
    const track: TrackInfo = {
      site: 'netflix',
      videoId,
      lang,
      rawLang,
      label: text(entry.languageDescription) ?? text(entry.displayName) ?? rawLang,
      url: chosen?.urls[0] ?? '',
      format: chosen?.format ?? 'webvtt',
      kind: isClosedCaptions(entry) ? 'captions' : 'subtitles',
    };
    const trackId = idOf(entry.id) ?? idOf(entry.new_track_id) ?? idOf(entry.trackId);
    if (trackId) track.trackId = trackId;
    if (chosen && chosen.urls.length > 1) track.fallbackUrls = chosen.urls.slice(1);
    // The flag describes how Netflix draws the track by default; a text profile we asked for
    // is still a text file, so the track is image-only only when no text profile came back.
    if (!chosen && (entry.isImageBased === true || hasImageDownload(downloadables))) {
      track.imageBased = true;
    }
    if (originalLang) track.originalLang = originalLang;
    tracks.push(track);
  }
  return tracks;
}

/**
 * How Netflix marks the original audio track in its name, per interface language ("Korean
 * [Original]", "韓国語 [オリジナル]"…), as public tools that pick the original audio read it.
 */
const ORIGINAL_MARKERS = [
  'original',
  'originale',
  'origineel',
  'オリジナル',
  '原始',
  '原創',
  '원본',
];

/**
 * The original spoken language among Netflix audio tracks (manifest `audio_tracks` /
 * `audioTracks`, or the player API's `getAudioTrackList()`): the one flagged native, or whose
 * name carries the "[Original]" marker. Normalised; undefined when none says so.
 */
export function originalAudioLang(audioTracks: unknown): string | undefined {
  for (const entry of records(audioTracks)) {
    const name = (text(entry.languageDescription) ?? text(entry.displayName) ?? '').toLowerCase();
    const bracketed = /\[([^\]]+)\]/.exec(name)?.[1]?.trim() ?? '';
    if (entry.isNative !== true && !ORIGINAL_MARKERS.includes(bracketed)) continue;
    const lang = normalizeLang(text(entry.language) ?? text(entry.bcp47));
    if (lang !== 'und' && lang !== 'zxx') return lang;
  }
  return undefined;
}

function isClosedCaptions(entry: Record<string, unknown>): boolean {
  return entry.rawTrackType === 'closedcaptions' || entry.trackType === 'ASSISTIVE';
}

function textDownload(
  downloadables: unknown,
  lang: string,
): { urls: string[]; format: TrackFormat } | undefined {
  if (!isRecord(downloadables)) return undefined;
  const order = lang === 'ja' ? JAPANESE_PROFILES : NETFLIX_TEXT_PROFILES;
  for (const profile of order) {
    const urls = downloadUrls(downloadables[profile]);
    if (urls.length > 0) return { urls, format: PROFILE_FORMAT[profile]! };
  }
  return undefined;
}

/** `urls: [{url}]` (current) or `downloadUrls: {cdnId: url}` (older), in the site's order. */
function downloadUrls(download: unknown): string[] {
  if (!isRecord(download)) return [];
  const fromList = records(download.urls).flatMap((u) => text(u.url) ?? []);
  const fromMap = isRecord(download.downloadUrls)
    ? Object.values(download.downloadUrls).flatMap((u) => text(u) ?? [])
    : [];
  return [...new Set([...fromList, ...fromMap])];
}

function hasImageDownload(downloadables: unknown): boolean {
  return (
    isRecord(downloadables) && Object.values(downloadables).some((d) => dig(d, 'isImage') === true)
  );
}

/** A timed-text download found in the player's state: `{type: 'timedtext', trackId, urls}`. */
export interface NetflixTimedTextDownload {
  trackId: string;
  urls: string[];
  /** The text profile, when the state names it. */
  profile?: string;
}

/**
 * Tracks from the player API (`videoPlayer.getVideoPlayerBySessionId(id).getTimedTextTrackList()`,
 * entries with `trackId`, `bcp47`, `displayName`), with URLs from the downloads found in the
 * player state (`findTimedTextDownloads`) and the original language from `getAudioTrackList()`
 * when given. Newer players no longer pass the manifest through the page's JSON, so this is the
 * only list they expose.
 */
export function netflixPlayerTracks(
  trackList: unknown,
  movieId: string | number,
  downloads: readonly NetflixTimedTextDownload[],
  audioTracks?: unknown,
): TrackInfo[] {
  const videoId = idOf(movieId);
  if (!videoId) return [];
  const originalLang = originalAudioLang(audioTracks);
  const byTrack = new Map(downloads.map((d) => [d.trackId, d]));
  const tracks: TrackInfo[] = [];
  for (const entry of records(trackList)) {
    if (entry.isNoneTrack === true || entry.isForcedNarrative === true) continue;
    const trackId = idOf(entry.trackId);
    const rawLang = text(entry.bcp47) ?? text(entry.language);
    const lang = normalizeLang(rawLang);
    if (!trackId || !rawLang || lang === 'zxx') continue;
    const download = byTrack.get(trackId);
    const track: TrackInfo = {
      site: 'netflix',
      videoId,
      lang,
      rawLang,
      label: text(entry.displayName) ?? text(entry.languageDescription) ?? rawLang,
      url: download?.urls[0] ?? '',
      // Without a named profile the file is read by content; WebVTT is what Netflix sends the
      // web player for text tracks.
      format: own(PROFILE_FORMAT, download?.profile) ?? 'webvtt',
      kind: isClosedCaptions(entry) ? 'captions' : 'subtitles',
      trackId,
    };
    if (download && download.urls.length > 1) track.fallbackUrls = download.urls.slice(1);
    if (!download && entry.isImageBased === true) track.imageBased = true;
    if (originalLang) track.originalLang = originalLang;
    tracks.push(track);
  }
  return tracks;
}

export interface WalkLimits {
  /** How deep to follow nested objects; the player state nests downloads a few levels down. */
  maxDepth?: number;
  /** How many objects to visit at most, so a huge state cannot stall the page. */
  maxNodes?: number;
}

/**
 * Finds timed-text downloads anywhere in an arbitrary player-state object by their shape:
 * `{type: 'timedtext', trackId, urls: [{url}]}`. The state's layout changes between player
 * builds, so nothing depends on where the objects sit. Cycle-safe, bounded in depth and size,
 * and a property that throws when read (getters, revoked proxies) is skipped.
 */
export function findTimedTextDownloads(
  state: unknown,
  { maxDepth = 12, maxNodes = 50_000 }: WalkLimits = {},
): NetflixTimedTextDownload[] {
  const found = new Map<string, NetflixTimedTextDownload>();
  const seen = new WeakSet<object>();
  const stack: [unknown, number][] = [[state, 0]];
  let visited = 0;
  while (stack.length > 0 && visited < maxNodes) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    visited++;
    const download = asTimedTextDownload(value);
    if (download) {
      if (!found.has(download.trackId)) found.set(download.trackId, download);
      continue;
    }
    if (depth >= maxDepth) continue;
    // Pushed in reverse so objects are visited in the order they are written.
    const children = childValues(value);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
  return [...found.values()];
}

function asTimedTextDownload(value: object): NetflixTimedTextDownload | undefined {
  try {
    if (!isRecord(value) || value.type !== 'timedtext') return undefined;
    const trackId = idOf(value.trackId);
    const urls = records(value.urls).flatMap((u) => text(u.url) ?? []);
    if (!trackId || urls.length === 0) return undefined;
    const download: NetflixTimedTextDownload = { trackId, urls };
    const profile = text(value.profile) ?? text(value.contentProfile);
    if (profile) download.profile = profile;
    return download;
  } catch {
    return undefined;
  }
}

function childValues(value: object): unknown[] {
  try {
    if (value instanceof Map) return [...(value.values() as Iterable<unknown>)];
    if (Array.isArray(value)) return value as unknown[];
    const record = value as Record<string, unknown>;
    const children: unknown[] = [];
    for (const key of Object.keys(record)) {
      try {
        const child = record[key];
        if (typeof child === 'object' && child !== null) children.push(child);
      } catch {
        // A throwing getter hides nothing we need.
      }
    }
    return children;
  } catch {
    return [];
  }
}

/**
 * The manifest request with Nunchi's text profiles added, for the page's `JSON.stringify`
 * wrapper: without them Netflix lists Chinese, Japanese and Korean tracks as images only.
 * Returns a modified copy, or null when `body` is not a manifest request (`params.profiles`, a
 * list of strings, with a `viewableId` or a manifest `url`) or already asks for every profile.
 */
export function withNetflixTextProfiles(body: unknown): Record<string, unknown> | null {
  if (!isRecord(body) || !isRecord(body.params)) return null;
  const { params } = body;
  const profiles = params.profiles;
  if (!Array.isArray(profiles) || !profiles.every((p) => typeof p === 'string')) return null;
  const isManifest =
    params.viewableId !== undefined || (typeof body.url === 'string' && /manifest/i.test(body.url));
  if (!isManifest) return null;
  const missing = NETFLIX_TEXT_PROFILES.filter((p) => !profiles.includes(p));
  if (missing.length === 0) return null;
  return { ...body, params: { ...params, profiles: [...profiles, ...missing] } };
}
