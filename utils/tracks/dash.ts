import { SubtitleParseError } from '../subtitles/errors';
import { attribute, childElements, localName, parseXml, type XmlElement } from '../subtitles/xml';
import { normalizeLang } from './lang';
import { own, resolveUrl } from './shape';
import type { TrackFormat, TrackInfo, TrackKind, TrackSite } from './types';

/** More segments than any episode has; stops a hostile manifest from growing without bound. */
const MAX_SEGMENTS = 20_000;

/**
 * Subtitle formats a DASH text Representation may carry as plain files. Text inside MP4
 * fragments (`application/mp4` with `wvtt`/`stpp`) needs a box reader Nunchi does not have, so
 * such Representations are skipped.
 */
const MIME_FORMAT: Record<string, TrackFormat> = {
  'text/vtt': 'webvtt',
  'application/ttml+xml': 'ttml',
};

/**
 * Text tracks of a DASH manifest (`.mpd`): one per text AdaptationSet, from its first
 * Representation delivered as a WebVTT or TTML file, either one file (`BaseURL`) or segments
 * (`SegmentTemplate` with `$Number$` and a duration, or a `SegmentTimeline` with `$Time$`).
 * BaseURLs nest (MPD → Period → AdaptationSet → Representation) and resolve against the
 * manifest's URL. Forced-subtitle roles are left out. The same track across several Periods is
 * one track whose files are read in order; their cue times are taken as already on the
 * presentation timeline. Anything that is not a manifest gives [].
 */
export function dashTextTracks(
  site: TrackSite,
  mpd: string,
  mpdUrl: string,
  videoId: string,
): TrackInfo[] {
  let root: XmlElement;
  try {
    root = parseXml(mpd);
  } catch (error) {
    if (error instanceof SubtitleParseError) return [];
    throw error;
  }
  if (localName(root.name) !== 'MPD') return [];
  const mpdBase = baseUrl(root, mpdUrl);
  const totalMs = isoDurationMs(attribute(root, 'mediaPresentationDuration'));
  const byKey = new Map<string, { track: TrackInfo; urls: string[] }>();
  for (const period of children(root, 'Period')) {
    const periodBase = baseUrl(period, mpdBase);
    const startMs = isoDurationMs(attribute(period, 'start')) ?? 0;
    const periodMs =
      isoDurationMs(attribute(period, 'duration')) ??
      (totalMs !== undefined ? totalMs - startMs : undefined);
    for (const set of children(period, 'AdaptationSet')) {
      const found = textTrack(set, baseUrl(set, periodBase), periodMs);
      if (!found) continue;
      const rawLang = attribute(set, 'lang') ?? found.rep.lang ?? '';
      const label = textOf(children(set, 'Label')[0]) || attribute(set, 'label') || rawLang;
      const key = `${rawLang}|${found.kind}|${label}`;
      const entry = byKey.get(key);
      if (entry) {
        entry.urls.push(...found.urls);
        continue;
      }
      byKey.set(key, {
        urls: [...found.urls],
        track: {
          site,
          videoId,
          lang: normalizeLang(rawLang),
          rawLang,
          label,
          url: '',
          format: found.format,
          kind: found.kind,
        },
      });
    }
  }
  return [...byKey.values()].flatMap(({ track, urls }) => {
    const segmentUrls = urls.slice(0, MAX_SEGMENTS);
    if (segmentUrls.length === 0) return [];
    if (segmentUrls.length === 1) return [{ ...track, url: segmentUrls[0]! }];
    return [{ ...track, url: segmentUrls[0]!, delivery: 'segments' as const, segmentUrls }];
  });
}

function children(element: XmlElement, name: string): XmlElement[] {
  return childElements(element).filter((e) => localName(e.name) === name);
}

function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children
    .map((c) => (typeof c === 'string' ? c : textOf(c)))
    .join('')
    .trim();
}

/** The element's own `BaseURL` resolved against its parent's, or the parent's. */
function baseUrl(element: XmlElement, parentBase: string): string {
  const own = textOf(children(element, 'BaseURL')[0]);
  return (own && resolveUrl(own, parentBase)) || parentBase;
}

function roleKind(set: XmlElement): TrackKind | null {
  const roles = children(set, 'Role').map((r) => (attribute(r, 'value') ?? '').toLowerCase());
  if (roles.some((r) => r.startsWith('forced'))) return null;
  return roles.includes('caption') ? 'captions' : 'subtitles';
}

function textTrack(
  set: XmlElement,
  setBase: string,
  periodMs: number | undefined,
): { kind: TrackKind; format: TrackFormat; urls: string[]; rep: { lang?: string } } | null {
  const kind = roleKind(set);
  if (!kind) return null;
  const setMime = attribute(set, 'mimeType');
  const setTemplate = children(set, 'SegmentTemplate')[0];
  for (const rep of children(set, 'Representation')) {
    const format = own(MIME_FORMAT, attribute(rep, 'mimeType') ?? setMime);
    if (!format) continue;
    const repBase = baseUrl(rep, setBase);
    const template = children(rep, 'SegmentTemplate')[0] ?? setTemplate;
    const urls = template
      ? templateUrls(template, rep, repBase, periodMs)
      : children(rep, 'BaseURL').length > 0
        ? [repBase]
        : [];
    if (urls.length > 0) {
      const lang = attribute(rep, 'lang');
      return { kind, format, urls, rep: lang ? { lang } : {} };
    }
  }
  return null;
}

function templateUrls(
  template: XmlElement,
  rep: XmlElement,
  base: string,
  periodMs: number | undefined,
): string[] {
  const media = attribute(template, 'media');
  if (!media) return [];
  const timescale = positive(attribute(template, 'timescale')) ?? 1;
  const startNumber = nonNegative(attribute(template, 'startNumber')) ?? 1;
  const vars = {
    RepresentationID: attribute(rep, 'id') ?? '',
    Bandwidth: attribute(rep, 'bandwidth') ?? '',
  };
  const fill = (number: number, time: number) =>
    resolveUrl(expandTemplate(media, { ...vars, Number: number, Time: time }), base);
  const urls: string[] = [];
  const timeline = children(template, 'SegmentTimeline')[0];
  if (timeline) {
    let time = 0;
    let number = startNumber;
    const end = periodMs !== undefined ? (periodMs / 1000) * timescale : undefined;
    for (const s of children(timeline, 'S')) {
      time = nonNegative(attribute(s, 't')) ?? time;
      const d = positive(attribute(s, 'd'));
      if (d === undefined) break;
      const r = Number(attribute(s, 'r') ?? 0);
      // r = -1 repeats until the period ends (ISO 23009-1 §5.3.9.6).
      const repeats = r < 0 ? (end !== undefined ? Math.ceil((end - time) / d) - 1 : 0) : r;
      for (let i = 0; i <= repeats && urls.length < MAX_SEGMENTS; i++) {
        const url = fill(number++, time);
        if (url) urls.push(url);
        time += d;
      }
    }
    return urls;
  }
  const duration = positive(attribute(template, 'duration'));
  if (duration === undefined || periodMs === undefined) return [];
  const count = Math.min(MAX_SEGMENTS, Math.ceil((periodMs / 1000) * (timescale / duration)));
  for (let i = 0; i < count; i++) {
    const url = fill(startNumber + i, i * duration);
    if (url) urls.push(url);
  }
  return urls;
}

/** `$Number$`, `$Number%05d$`, `$Time$`, `$RepresentationID$`, `$Bandwidth$`, `$$`. */
export function expandTemplate(media: string, vars: Record<string, string | number>): string {
  return media.replace(/\$(\w*)(?:%0(\d+)d)?\$/g, (whole, name: string, width?: string) => {
    if (name === '') return '$';
    const value = vars[name];
    if (value === undefined) return whole;
    return width ? String(value).padStart(Number(width), '0') : String(value);
  });
}

function positive(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

function nonNegative(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** An ISO 8601 duration as DASH writes it (`PT1H2M3.5S`, `P0DT0H45M`), in ms. */
export function isoDurationMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m =
    /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      value.trim(),
    );
  if (!m || value.trim() === 'P' || value.trim().endsWith('T')) return undefined;
  const [, d = 0, h = 0, min = 0, s = 0] = m;
  return Math.round(((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60_000 + Number(s) * 1000);
}
