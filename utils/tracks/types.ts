import type { TimedCue } from '../subtitles/cue';

/** Sites whose whole subtitle track Nunchi can read; ids match the page side's site ids. */
export const TRACK_SITES = [
  'netflix',
  'youtube',
  'viki',
  'disneyplus',
  'max',
  'primevideo',
  'crunchyroll',
  'bilibili',
  'iqiyi',
  'appletv',
] as const;
export type TrackSite = (typeof TRACK_SITES)[number];

/** The file format of a track, named the way sites name it. */
export const TRACK_FORMATS = ['webvtt', 'ttml', 'ass', 'json3', 'bilibili-json', 'srt'] as const;
export type TrackFormat = (typeof TRACK_FORMATS)[number];

/**
 * `subtitles` translate or transcribe the dialogue; `captions` add sound descriptions (SDH/CC);
 * `asr` are machine-made; `forced` only cover foreign-language signs and lines.
 */
export const TRACK_KINDS = ['subtitles', 'captions', 'asr', 'forced'] as const;
export type TrackKind = (typeof TRACK_KINDS)[number];

/**
 * How `url` delivers the cues: `file`, one subtitle file (the default); `hls-playlist`, an HLS
 * media playlist whose segments are WebVTT files, merged on load; `segments`, WebVTT segments
 * already listed in `segmentUrls` (DASH SegmentTemplate).
 */
export const TRACK_DELIVERIES = ['file', 'hls-playlist', 'segments'] as const;
export type TrackDelivery = (typeof TRACK_DELIVERIES)[number];

/** One subtitle track a site offers for a video. */
export interface TrackInfo {
  site: TrackSite;
  /** The site's id for the video the track belongs to; sites preload the next episode. */
  videoId: string;
  /** BCP 47, normalised (`ko`, `ja`, `zh` for every Chinese script/region, `en-US`); `und` when unknown. */
  lang: string;
  /** The language tag exactly as the site wrote it. */
  rawLang: string;
  /** The site's own name for the track, for the popup. */
  label: string;
  /**
   * Where the track is fetched from; '' when the site lists the track without a readable URL
   * (image-only, or not loaded until the viewer selects it in the player).
   */
  url: string;
  format: TrackFormat;
  kind: TrackKind;
  /** The site only offers this track as pictures of text, which cannot be read. */
  imageBased?: boolean;
  /** Defaults to `file`. */
  delivery?: TrackDelivery;
  /** With `delivery: 'segments'`: every segment, in order. */
  segmentUrls?: string[];
  /** Mirrors of `url` on other servers, tried in order when it fails. */
  fallbackUrls?: string[];
  /** How much of the track exists, 0–100 (community subtitles on Viki). */
  completion?: number;
  /** The site's own id for the track (Netflix track id, YouTube vssId). */
  trackId?: string;
  /**
   * The player has this track selected, as the site's payload says (iQIYI's `_selected`): the
   * viewer's choice, even before the player loads its file.
   */
  selected?: boolean;
  /**
   * The video's original (spoken) language, normalised like `lang`, when the payload says it
   * (Netflix's "[Original]" audio track, Crunchyroll's original version, iQIYI's audio): a
   * Chinese drama that also offers Korean subtitles is read in Chinese.
   */
  originalLang?: string;
}

/** A loaded track: its cues sorted by start, with repeats merged. */
export interface TrackCues {
  track: TrackInfo;
  cues: TimedCue[];
  /** Segments of a segmented track that could not be loaded or read (their lines are missing). */
  missingSegments?: number;
}

/**
 * Fetches a URL as text. Passed in by the caller (a main-world script uses the page's fetch) so
 * these modules stay pure and tests can fake the network.
 */
export type FetchText = (url: string) => Promise<string>;
