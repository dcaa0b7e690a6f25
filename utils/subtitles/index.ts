import { parseAss } from './ass';
import { parseBilibili } from './bilibili';
import type { TimedCue } from './cue';
import { decodeBytes, type DecodedText, type TextEncoding } from './decode';
import { detectFormat, type FormatHint, type SubtitleFormat } from './detect';
import { SubtitleParseError } from './errors';
import { parseJson3 } from './json3';
import { parseSrt } from './srt';
import { parseTtml } from './ttml';
import { parseVtt } from './vtt';

export { SubtitleParseError } from './errors';
export { parsePlainText } from './plain';
export { detectFormat, extensionOf, SUBTITLE_EXTENSIONS } from './detect';
export type { FormatHint, SubtitleFormat } from './detect';

export interface ParsedSubtitles {
  format: SubtitleFormat;
  cues: TimedCue[];
}

const PARSERS: Record<SubtitleFormat, (text: string) => TimedCue[]> = {
  vtt: parseVtt,
  srt: parseSrt,
  ass: parseAss,
  ttml: parseTtml,
  json3: parseJson3,
  bilibili: parseBilibili,
};

/**
 * Reads a subtitle file of any supported format into cues, in file order (ASS and TTML by start
 * time). Bytes are decoded first (UTF-8, or UTF-16 when a byte order mark says so; text decoded
 * elsewhere says which); the format is recognised by content, then by the file name or MIME
 * type. Throws SubtitleParseError with a message fit to show a viewer when the input is not
 * subtitles or is broken beyond use.
 */
export function parseSubtitles(
  input: string | Uint8Array | DecodedText,
  hint: FormatHint = {},
): ParsedSubtitles {
  const { text, encoding } =
    typeof input === 'string'
      ? { text: input, encoding: 'utf-8' as TextEncoding }
      : input instanceof Uint8Array
        ? decodeBytes(input)
        : input;
  const format = detectFormat(text, hint);
  if (!format) {
    throw new SubtitleParseError(
      'not-subtitles',
      'This does not look like a subtitle file: it has no WEBVTT header, no SRT timing line (00:00:01,000 --> 00:00:02,000), no [Script Info] section, no <tt> root and no YouTube or Bilibili caption JSON',
    );
  }
  if (format === 'vtt' && encoding !== 'utf-8') {
    // WebVTT is UTF-8 only: the spec decodes every file as UTF-8, so UTF-16 never parses.
    throw new SubtitleParseError(
      'invalid',
      `Not a valid WebVTT file: WebVTT must be UTF-8, but this file is ${encoding.toUpperCase()}`,
    );
  }
  return { format, cues: PARSERS[format](text) };
}
