import { send } from '../messaging/client';
import { MAX_SUBTITLE_CHARS, type ReplyOf } from '../messaging/protocol';
import { decodeBytes, type DecodedText } from '../subtitles/decode';
import { tooLargeMessage } from '../subtitles/errors';

/**
 * A subtitle file the viewer picked, parsed by the background (`subtitles.parse`): the parsers
 * are not in the content scripts' bundles. Bytes are decoded here, because messages carry
 * text; the encoding goes along (WebVTT must be UTF-8). Rejects with a message that names the
 * file and says what is wrong, fit to show as is.
 */
export async function parseSubtitleFile(
  input: string | Uint8Array,
  filename: string,
): Promise<ReplyOf<'subtitles.parse'>> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_SUBTITLE_CHARS) throw new Error(tooLargeMessage(filename));
  const decoded: DecodedText =
    typeof input === 'string' ? { text: input, encoding: 'utf-8' } : decodeBytes(input);
  return send('subtitles.parse', { filename, ...decoded });
}
