import { extensionOf } from '../subtitles/detect';
import { own } from './shape';
import type { TrackFormat } from './types';

const BY_EXTENSION: Record<string, TrackFormat> = {
  vtt: 'webvtt',
  webvtt: 'webvtt',
  srt: 'srt',
  ass: 'ass',
  ssa: 'ass',
  ttml: 'ttml',
  ttml2: 'ttml',
  dfxp: 'ttml',
  xml: 'ttml',
  json3: 'json3',
};

/** The format a subtitle URL's path (or `format=`/`fmt=` parameter) names, or undefined. */
export function formatFromUrl(url: string): TrackFormat | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://example.invalid/');
  } catch {
    return undefined;
  }
  const byExt = formatOfExtension(extensionOf(parsed.pathname));
  if (byExt) return byExt;
  const param = parsed.searchParams.get('format') ?? parsed.searchParams.get('fmt');
  return param ? formatOfExtension(param.toLowerCase()) : undefined;
}

/** The format a file extension (without the dot, lower case) names, or undefined. */
export function formatOfExtension(ext: string): TrackFormat | undefined {
  return own(BY_EXTENSION, ext);
}

/** The file name hint `parseSubtitles` expects for a track format. */
export function filenameFor(format: TrackFormat): string {
  const ext: Record<TrackFormat, string> = {
    webvtt: 'vtt',
    ttml: 'ttml',
    ass: 'ass',
    json3: 'json3',
    'bilibili-json': 'json',
    srt: 'srt',
  };
  return `track.${ext[format]}`;
}
