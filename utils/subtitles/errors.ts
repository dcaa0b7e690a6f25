/**
 * Why a subtitle file was refused. `not-subtitles` means no known format was recognised at all
 * (a caller may then fall back to plain text); `invalid` means the file claims a format and
 * breaks it badly enough that no cue can be trusted.
 */
export type SubtitleErrorKind = 'not-subtitles' | 'invalid';

export class SubtitleParseError extends Error {
  override name = 'SubtitleParseError';

  constructor(
    readonly kind: SubtitleErrorKind,
    message: string,
    /** 1-based line of the input the problem is on, when there is one. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `Line ${line}: ${message}`);
  }
}

/** Shortens untrusted input for an error message so a huge or binary line stays readable. */
export function quote(text: string, max = 40): string {
  const clipped = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(clipped);
}

/**
 * Why a file above the size limit is refused (a whole season of SRT is a few hundred KB), said
 * the same wherever the size is checked: the page before sending, the background on arrival.
 */
export function tooLargeMessage(filename: string): string {
  return `“${filename}” is too large to be a subtitle file.`;
}
