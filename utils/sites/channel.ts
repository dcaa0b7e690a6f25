import {
  TRACK_DELIVERIES as DELIVERIES,
  TRACK_FORMATS as FORMATS,
  TRACK_KINDS as KINDS,
  TRACK_SITES as SITES,
  type TrackInfo,
  type TrackSite,
} from '../tracks/types';

/**
 * The named window channel between Nunchi's main-world hook (which sees the page's own
 * requests and objects) and its content script (isolated world). Both ends run on a page that
 * can post anything on the same channel, so every message is validated on arrival and nothing
 * in it is trusted beyond its shape: a forged track can only show the page's own text, which
 * the page could draw anyway, and it is rendered as text.
 */
export const CHANNEL = 'nunchi:tracks/1';

/** What the main world reports. */
export type PageMessage =
  /** Tracks the hook read itself (Netflix's manifest or player API: objects, not responses). */
  | { kind: 'tracks'; tracks: TrackInfo[] }
  /** A response the page's player received, for the content script to route. */
  | { kind: 'response'; url: string; body: string; contentType: string }
  /** The hook is installed (also the answer to `hello`, before the replay). */
  | { kind: 'ready'; site: TrackSite };

/** What the content script asks. */
export type ExtensionMessage =
  /** The content script started (it runs later than the hook): replay what was seen so far. */
  { kind: 'hello' };

interface Envelope<From extends 'page' | 'extension', M> {
  channel: typeof CHANNEL;
  from: From;
  message: M;
}

/** Larger than any subtitle file or track list; a bigger body is not what we are looking for. */
export const MAX_BODY_CHARS = 8_000_000;
const MAX_URL_CHARS = 8192;
const MAX_TEXT_CHARS = 512;
const MAX_TRACKS = 500;
const MAX_SEGMENTS = 20_000;

export function pageEnvelope(message: PageMessage): Envelope<'page', PageMessage> {
  return { channel: CHANNEL, from: 'page', message };
}

export function extensionEnvelope(
  message: ExtensionMessage,
): Envelope<'extension', ExtensionMessage> {
  return { channel: CHANNEL, from: 'extension', message };
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function boundedString(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.length <= max ? value : null;
}

function webUrl(value: unknown): string | null {
  const url = boundedString(value, MAX_URL_CHARS);
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : null;
}

/** The envelope's message when `data` is on this channel from `from`, else null. */
function opened(data: unknown, from: 'page' | 'extension'): Record<string, unknown> | null {
  const envelope = record(data);
  if (!envelope || envelope.channel !== CHANNEL || envelope.from !== from) return null;
  return record(envelope.message);
}

/** A main-world message, validated; null for anything else (other channels, forgeries that do not fit). */
export function parsePageMessage(data: unknown): PageMessage | null {
  const message = opened(data, 'page');
  if (!message) return null;
  switch (message.kind) {
    case 'ready': {
      const site = oneOf(message.site, SITES);
      return site ? { kind: 'ready', site } : null;
    }
    case 'response': {
      const url = webUrl(message.url);
      const body = boundedString(message.body, MAX_BODY_CHARS);
      const contentType = boundedString(message.contentType ?? '', MAX_TEXT_CHARS);
      if (url === null || body === null || contentType === null) return null;
      return { kind: 'response', url, body, contentType };
    }
    case 'tracks': {
      if (!Array.isArray(message.tracks) || message.tracks.length > MAX_TRACKS) return null;
      const tracks = message.tracks.map(parseTrackInfo);
      return tracks.every((t): t is TrackInfo => t !== null) ? { kind: 'tracks', tracks } : null;
    }
    default:
      return null;
  }
}

/** A content-script message, validated. */
export function parseExtensionMessage(data: unknown): ExtensionMessage | null {
  const message = opened(data, 'extension');
  return message?.kind === 'hello' ? { kind: 'hello' } : null;
}

/** A TrackInfo from the page, rebuilt field by field (unknown fields are dropped). */
export function parseTrackInfo(value: unknown): TrackInfo | null {
  const t = record(value);
  if (!t) return null;
  const site = oneOf(t.site, SITES);
  const format = oneOf(t.format, FORMATS);
  const kind = oneOf(t.kind, KINDS);
  const videoId = boundedString(t.videoId, MAX_TEXT_CHARS);
  const lang = boundedString(t.lang, 64);
  const rawLang = boundedString(t.rawLang, MAX_TEXT_CHARS);
  const label = boundedString(t.label, MAX_TEXT_CHARS);
  // '' is a listed track without a readable URL (image-only, or not loaded until selected).
  const url = t.url === '' ? '' : webUrl(t.url);
  if (!site || !format || !kind || !videoId || lang === null || rawLang === null) return null;
  if (label === null || url === null) return null;
  const track: TrackInfo = { site, videoId, lang, rawLang, label, url, format, kind };
  if (t.imageBased === true) track.imageBased = true;
  if (t.delivery !== undefined) {
    const delivery = oneOf(t.delivery, DELIVERIES);
    if (!delivery) return null;
    track.delivery = delivery;
  }
  for (const key of ['segmentUrls', 'fallbackUrls'] as const) {
    if (t[key] === undefined) continue;
    const list = t[key];
    if (!Array.isArray(list) || list.length > MAX_SEGMENTS) return null;
    const urls = list.map(webUrl);
    if (!urls.every((u): u is string => u !== null)) return null;
    track[key] = urls;
  }
  if (t.completion !== undefined) {
    if (typeof t.completion !== 'number' || !(t.completion >= 0 && t.completion <= 100))
      return null;
    track.completion = t.completion;
  }
  if (t.trackId !== undefined) {
    const trackId = boundedString(t.trackId, MAX_TEXT_CHARS);
    if (trackId === null) return null;
    track.trackId = trackId;
  }
  if (t.selected === true) track.selected = true;
  if (t.originalLang !== undefined) {
    const originalLang = boundedString(t.originalLang, 64);
    if (originalLang === null) return null;
    track.originalLang = originalLang;
  }
  return track;
}
