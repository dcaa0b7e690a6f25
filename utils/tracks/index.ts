/**
 * The pure half of reading a site's whole subtitle track: main-world scripts hand in what they
 * observe (a URL and a response body, or a parsed object) and get tracks, cues and timing back.
 * See README.md for which function reads which site.
 */
export {
  TRACK_DELIVERIES,
  TRACK_FORMATS,
  TRACK_KINDS,
  TRACK_SITES,
  type FetchText,
  type TrackCues,
  type TrackDelivery,
  type TrackFormat,
  type TrackInfo,
  type TrackKind,
  type TrackSite,
} from './types';
export { normalizeLang, primaryLanguage } from './lang';
export { isReadableTrack, pickTrack } from './pick';
export { isForCurrentVideo, keepIfCurrent } from './guard';
export {
  classifySubtitleRequest,
  type SubtitleRequest,
  type SubtitleRequestRole,
} from './classify';
export {
  readInterceptedResponse,
  type InterceptResult,
  type InterceptedResponse,
  type PageContext,
} from './intercept';
export { loadTrack, type LoadOptions } from './load';
export type { TrackParsers } from './parsers';
export { localTrackParsers } from './local-parsers';
export { parseTrackText } from './parse-track';
export {
  findTimedTextDownloads,
  NETFLIX_TEXT_PROFILES,
  netflixManifestTracks,
  netflixPlayerTracks,
  withNetflixTextProfiles,
  type NetflixTimedTextDownload,
  type WalkLimits,
} from './netflix';
export {
  parseTimedTextUrl,
  withJson3,
  youtubeCaptionTracks,
  youtubeTrackFromTimedText,
  youtubeVideoId,
  type TimedTextRequest,
} from './youtube';
export { vikiTracks } from './viki';
export {
  disneyPlusTracks,
  hlsMediaSegments,
  hlsSubtitleRenditions,
  hlsSubtitleTracks,
  isHlsMaster,
  type HlsSegment,
  type HlsSubtitleRendition,
} from './hls';
export { dashTextTracks } from './dash';
export { primeVideoTracks } from './primevideo';
export { crunchyrollTracks } from './crunchyroll';
export { bilibiliTracks } from './bilibili';
export { iqiyiTracks } from './iqiyi';
export { mergeWebVttSegments, readTimestampMap, type MergedSegments } from './segments';
export { mergeRepeatedCues } from './cue-list';
export {
  contentToPlayerTime,
  cueAt,
  cueIndexesAt,
  nextCueIndex,
  offsetCues,
  playerToContentTime,
  previousCueIndex,
  shiftCuesForAdBreaks,
  type AdBreak,
} from './clock';
export {
  createOffsetStore,
  MAX_OFFSET_MS,
  type OffsetStorage,
  type OffsetStore,
  type TimingOffset,
} from './offset-store';
export { detectTrackLanguage, type LanguageGuess } from './detect-language';
