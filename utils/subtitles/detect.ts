import { stripBom } from './decode';

export const SUBTITLE_FORMATS = ['vtt', 'srt', 'ass', 'ttml', 'json3', 'bilibili'] as const;
export type SubtitleFormat = (typeof SUBTITLE_FORMATS)[number];

export interface FormatHint {
  filename?: string;
  mime?: string;
}

const BY_EXTENSION: Record<string, SubtitleFormat> = {
  vtt: 'vtt',
  webvtt: 'vtt',
  srt: 'srt',
  ass: 'ass',
  ssa: 'ass',
  ttml: 'ttml',
  dfxp: 'ttml',
  xml: 'ttml',
  json3: 'json3',
};

const BY_MIME: Record<string, SubtitleFormat> = {
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
  'text/srt': 'srt',
  'text/x-ssa': 'ass',
  'text/x-ass': 'ass',
  'application/ttml+xml': 'ttml',
};

/** Extensions that name a subtitle format, so a file carrying one is never read as plain text. */
export const SUBTITLE_EXTENSIONS: ReadonlySet<string> = new Set([
  ...Object.keys(BY_EXTENSION),
  'json',
]);

/** Any root element named `tt`, with or without a namespace prefix. */
const TT_ROOT = /<(?:[\w.-]+:)?tt[\s/>]/;
/**
 * A line that starts like an SRT timing line (even a mistyped one such as `00:00:0x,000 -->`);
 * srt.ts decides whether it really is one and names the line if it is not.
 */
const SRT_TIMING = /^[ \t]*\d[\d:.,]*[ \t]*--?>|^[ \t]*\d[^\n]*-->/m;

/**
 * Picks a parser. Unmistakable content wins (a WEBVTT signature, `[Script Info]`, a `<tt>`
 * root, a YouTube or Bilibili JSON shape), then the file name or MIME type, and only then the
 * weakest sign, an SRT-like timing line. That order matters: a `.vtt` file that lacks its
 * signature must reach the WebVTT parser and be refused, not be read as SubRip.
 */
export function detectFormat(text: string, hint: FormatHint = {}): SubtitleFormat | null {
  const head = stripBom(text).trimStart().slice(0, 4096);
  // Case-insensitive so that a broken signature ("webvtt", a leading tab) is refused by the
  // WebVTT parser instead of falling through to another format.
  if (/^webvtt/i.test(head)) return 'vtt';
  if (/^\[script info\]/i.test(head)) return 'ass';
  if (head.startsWith('<') && TT_ROOT.test(head)) return 'ttml';
  if (head.startsWith('{')) {
    // Whole text: other keys (wireMagic, font_size…) may come first in a big file.
    if (/"events"\s*:\s*\[/.test(text)) return 'json3';
    if (/"body"\s*:\s*\[/.test(text)) return 'bilibili';
  }
  const byName = fromHint(hint);
  if (byName) return byName;
  if (SRT_TIMING.test(text)) return 'srt';
  return null;
}

function fromHint({ filename, mime }: FormatHint): SubtitleFormat | null {
  const ext = filename ? extensionOf(filename) : '';
  const byExt = BY_EXTENSION[ext];
  if (byExt) return byExt;
  const type = mime?.split(';')[0]?.trim().toLowerCase();
  return (type && BY_MIME[type]) || null;
}

/** Lower-case extension without the dot, or '' when the name has none. */
export function extensionOf(filename: string): string {
  const base = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
