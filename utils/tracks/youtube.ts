import { normalizeLang } from './lang';
import { dig, isRecord, own, records, text } from './shape';
import type { TrackFormat, TrackInfo } from './types';

const FMT: Record<string, TrackFormat> = { json3: 'json3', vtt: 'webvtt', ttml: 'ttml' };
const VIDEO_ID = /^[\w-]{11}$/;

/** What a `/api/timedtext` request asks for. */
export interface TimedTextRequest {
  videoId: string;
  /** The track's language (the translation target when the player asks for one). */
  lang: string;
  rawLang: string;
  kind: 'subtitles' | 'asr';
  /** The format the answer will be in; null for the XML formats no parser here reads. */
  format: TrackFormat | null;
  /**
   * Whether the request carries the player's proof-of-origin token: without it the server
   * answers 200 with an empty body, so only requests that carry it are worth reusing.
   */
  hasPot: boolean;
  /** The track's name when the URL carries it. */
  name?: string;
}

/**
 * Reads a caption request of YouTube's player (`/api/timedtext?v=…&lang=…&fmt=json3&pot=…`,
 * `kind=asr` for auto-generated, `tlang=` for auto-translated). Relative URLs are read against
 * the watch page. Null for any other URL or one without a video id and language.
 */
export function parseTimedTextUrl(url: string): TimedTextRequest | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://www.youtube.com/');
  } catch {
    return null;
  }
  if (parsed.pathname !== '/api/timedtext') return null;
  const q = parsed.searchParams;
  const videoId = q.get('v') ?? '';
  const source = q.get('lang') ?? '';
  if (!VIDEO_ID.test(videoId) || !source) return null;
  const translated = q.get('tlang');
  const rawLang = translated || source;
  const request: TimedTextRequest = {
    videoId,
    lang: normalizeLang(rawLang),
    rawLang,
    // A machine translation of any track is as machine-made as speech recognition.
    kind: q.get('kind') === 'asr' || translated ? 'asr' : 'subtitles',
    format: own(FMT, q.get('fmt')) ?? null,
    hasPot: (q.get('pot') ?? '') !== '',
  };
  const name = q.get('name');
  if (name) request.name = name;
  return request;
}

/** The track a player's timedtext request loads, or null when it is not one Nunchi can read. */
export function youtubeTrackFromTimedText(url: string): TrackInfo | null {
  const request = parseTimedTextUrl(url);
  if (!request?.format) return null;
  return {
    site: 'youtube',
    videoId: request.videoId,
    lang: request.lang,
    rawLang: request.rawLang,
    label: request.name ?? request.rawLang,
    url,
    format: request.format,
    kind: request.kind,
  };
}

/**
 * Caption tracks from a player response (`captions.playerCaptionsTracklistRenderer
 * .captionTracks[]{baseUrl, languageCode, kind, name, vssId}`) or from such a list itself (the
 * player's `getAudioTrack().captionTracks`). URLs are switched to json3. A track whose URL lacks
 * the `pot` token answers empty; callers should prefer the player's own request when they see one.
 * `videoId` is needed when only the list is given.
 */
export function youtubeCaptionTracks(source: unknown, videoId?: string): TrackInfo[] {
  const list = Array.isArray(source)
    ? source
    : dig(source, 'captions', 'playerCaptionsTracklistRenderer', 'captionTracks');
  const ownId = text(dig(source, 'videoDetails', 'videoId')) ?? videoId;
  const tracks: TrackInfo[] = [];
  for (const entry of records(list)) {
    const base = text(entry.baseUrl) ?? text(entry.url);
    const rawLang = text(entry.languageCode) ?? '';
    if (!base || !rawLang) continue;
    const url = withJson3(base);
    if (!url) continue;
    const id = ownId ?? parseTimedTextUrl(url)?.videoId;
    if (!id || !VIDEO_ID.test(id)) continue;
    const track: TrackInfo = {
      site: 'youtube',
      videoId: id,
      lang: normalizeLang(rawLang),
      rawLang,
      label: trackName(entry.name) ?? text(entry.displayName) ?? rawLang,
      url,
      format: 'json3',
      kind: entry.kind === 'asr' ? 'asr' : 'subtitles',
    };
    const vssId = text(entry.vssId);
    if (vssId) track.trackId = vssId;
    tracks.push(track);
  }
  return tracks;
}

/** `{simpleText}` or `{runs: [{text}]}`, YouTube's two ways of writing a label. */
function trackName(name: unknown): string | undefined {
  if (!isRecord(name)) return text(name);
  return (
    text(name.simpleText) ??
    text(
      records(name.runs)
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join(''),
    )
  );
}

/** The timedtext URL asking for json3, or undefined when it is not a URL. */
export function withJson3(url: string): string | undefined {
  try {
    const parsed = new URL(url, 'https://www.youtube.com/');
    parsed.searchParams.set('fmt', 'json3');
    return parsed.href;
  } catch {
    return undefined;
  }
}

/**
 * The video id in a YouTube page URL: `/watch?v=`, `/shorts/ID`, `/embed/ID`, `/live/ID`, or a
 * short link path; null when the page is not a video.
 */
export function youtubeVideoId(pageUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(pageUrl);
  } catch {
    return null;
  }
  const fromQuery = parsed.pathname === '/watch' ? parsed.searchParams.get('v') : null;
  const fromPath = /^\/(?:shorts|embed|live|v)\/([\w-]{11})(?:[/?#]|$)/.exec(parsed.pathname)?.[1];
  const short = parsed.hostname === 'youtu.be' ? parsed.pathname.slice(1, 12) : null;
  const id = fromQuery ?? fromPath ?? short;
  return id && VIDEO_ID.test(id) ? id : null;
}
