import { MAX_SUBTITLE_CHARS } from '../messaging/protocol';
import type { TimedCue } from '../subtitles/cue';
import type { DecodedText } from '../subtitles/decode';
import { parseSubtitles, SubtitleParseError, type SubtitleFormat } from '../subtitles';
import { tooLargeMessage } from '../subtitles/errors';
import { languageOfTag } from './language';

export interface SubtitleFile {
  format: SubtitleFormat;
  cues: TimedCue[];
  /** A language tag taken from the file name (`episode.ko.srt` → `ko`), or null. */
  langTag: string | null;
}

/** A refusal whose message is written for the viewer, naming the file. */
export class SubtitleFileError extends Error {
  override name = 'SubtitleFileError';
}

/**
 * Reads a subtitle file a viewer picked (in the background: `subtitles.parse`). Every failure
 * becomes one SubtitleFileError with a message that names the file and says what is wrong, so
 * the overlay or popup can show it as is.
 */
export function readSubtitleFile(
  input: string | Uint8Array | DecodedText,
  filename: string,
): SubtitleFile {
  const size =
    typeof input === 'string'
      ? input.length
      : input instanceof Uint8Array
        ? input.byteLength
        : input.text.length;
  if (size > MAX_SUBTITLE_CHARS) throw new SubtitleFileError(tooLargeMessage(filename));
  let parsed;
  try {
    parsed = parseSubtitles(input, { filename });
  } catch (error) {
    if (error instanceof SubtitleParseError) {
      throw new SubtitleFileError(`Could not read “${filename}”: ${error.message}`);
    }
    throw error;
  }
  if (!parsed.cues.length) {
    throw new SubtitleFileError(`“${filename}” has no subtitle lines.`);
  }
  return { format: parsed.format, cues: parsed.cues, langTag: tagFromFilename(filename) };
}

/** `show.s01e02.ko.srt` → `ko`; only a part that names a language Nunchi knows counts. */
export function tagFromFilename(filename: string): string | null {
  const parts = filename.split(/[\\/]/).pop()?.split('.').slice(1, -1) ?? [];
  return parts.reverse().find((part) => languageOfTag(part) !== null) ?? null;
}
