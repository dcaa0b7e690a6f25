import { bilibiliTracks } from './bilibili';
import { classifySubtitleRequest, type SubtitleRequest } from './classify';
import { crunchyrollTracks } from './crunchyroll';
import { hlsSubtitleTracks, isHlsMaster } from './hls';
import { iqiyiTracks } from './iqiyi';
import type { TrackParsers } from './parsers';
import { primeVideoTracks } from './primevideo';
import { parseJson } from './shape';
import type { TrackCues, TrackInfo, TrackSite } from './types';
import { vikiTracks } from './viki';
import { youtubeTrackFromTimedText } from './youtube';
import { errorMessage } from '../error-message';

/** A response the page's own player received, as a main-world hook saw it. */
export interface InterceptedResponse {
  url: string;
  body: string;
  contentType?: string;
}

/** What the hook knows about the page it runs in. */
export interface PageContext {
  site: TrackSite;
  /** The video on screen, when the page says (playlists and manifests do not carry it). */
  videoId?: string;
  /** Tracks listed earlier, so a subtitle file the player loads is matched to its track. */
  knownTracks?: readonly TrackInfo[];
}

export type InterceptResult =
  | { kind: 'tracks'; tracks: TrackInfo[] }
  | ({ kind: 'cues' } & TrackCues)
  | { kind: 'problem'; url: string; message: string };

const TRACK_LIST_READERS: Partial<
  Record<TrackSite, (parsed: unknown, url: string) => TrackInfo[]>
> = {
  viki: vikiTracks,
  primevideo: primeVideoTracks,
  crunchyroll: crunchyrollTracks,
  bilibili: bilibiliTracks,
  iqiyi: iqiyiTracks,
};

/**
 * Routes one intercepted response to the reader that understands it (see
 * `classifySubtitleRequest`): a track list becomes tracks, a subtitle file becomes cues, a file
 * that should be subtitles but is not becomes a problem to report. Null when the response holds
 * nothing Nunchi reads, or belongs to another site. JSON lists and playlists are read here;
 * subtitle files and DASH manifests go through `parsers`. Never rejects: the page's player must
 * not notice the hook.
 */
export async function readInterceptedResponse(
  response: InterceptedResponse,
  context: PageContext,
  parsers: TrackParsers,
): Promise<InterceptResult | null> {
  try {
    const request = classifySubtitleRequest(response.url, response.contentType);
    if (!request || (request.site !== null && request.site !== context.site)) return null;
    return await route(request, response, context, parsers);
  } catch (error) {
    // A reader bug must not break the page; report it like a broken file.
    return {
      kind: 'problem',
      url: response.url,
      message: errorMessage(error),
    };
  }
}

async function route(
  request: SubtitleRequest,
  { url, body }: InterceptedResponse,
  context: PageContext,
  parsers: TrackParsers,
): Promise<InterceptResult | null> {
  const videoId = context.videoId ?? '';
  switch (request.role) {
    case 'track-list': {
      const reader = TRACK_LIST_READERS[context.site];
      const tracks = reader ? reader(parseJson(body), url) : [];
      return tracks.length > 0 ? { kind: 'tracks', tracks } : null;
    }
    case 'hls-playlist': {
      // Media playlists are fetched again by `loadTrack`; only a master lists tracks.
      if (!isHlsMaster(body) || !videoId) return null;
      const tracks = hlsSubtitleTracks(context.site, body, url, videoId);
      return tracks.length > 0 ? { kind: 'tracks', tracks } : null;
    }
    case 'dash-manifest': {
      if (!videoId) return null;
      const tracks = await parsers.dashTracks(context.site, body, url, videoId);
      return tracks.length > 0 ? { kind: 'tracks', tracks } : null;
    }
    case 'subtitle-file': {
      const track = fileTrack(url, request, context);
      if (!track) return null;
      // A file that is not what it claims becomes a problem (in the catch above).
      return { kind: 'cues', track, cues: await parsers.trackText(body, track.format) };
    }
  }
}

/** Sites whose players load subtitles in segments: a lone file there is a piece, not a track. */
const SEGMENTED_SITES: ReadonlySet<TrackSite> = new Set(['disneyplus', 'max']);

/**
 * The track a subtitle file belongs to: YouTube's request names it; elsewhere it is a listed
 * track with this URL. A segment of a segmented track is not a whole track and gives null, and
 * so does an unlisted file when the video is unknown.
 */
function fileTrack(url: string, request: SubtitleRequest, context: PageContext): TrackInfo | null {
  if (context.site === 'youtube') return youtubeTrackFromTimedText(url);
  const known = context.knownTracks ?? [];
  if (known.some((t) => t.segmentUrls?.includes(url))) return null;
  const listed = known.find((t) => t.url === url || t.fallbackUrls?.includes(url));
  if (listed) return listed;
  if (!context.videoId || !request.format || SEGMENTED_SITES.has(context.site)) return null;
  return {
    site: context.site,
    videoId: context.videoId,
    lang: 'und',
    rawLang: '',
    label: '',
    url,
    format: request.format,
    kind: 'subtitles',
  };
}
