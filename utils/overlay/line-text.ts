import type { Ruby } from '../messaging/protocol';
import type { ShownCue } from '../sites/types';
import type { CueStyle } from '../subtitles/cue';

/** A row of a cue (cues may hold several lines) and who says it, when known. */
export interface Row {
  /** Offset of the row in `LineText.text`. */
  start: number;
  speaker?: string;
}

/** What the overlay shows of a cue: its words, with speaker labels taken out and kept apart. */
export interface LineText {
  /** The words of the cue, rows joined by `\n`, without speaker labels; what gets marked. */
  text: string;
  rows: Row[];
  italic: boolean;
  /** The source's italic, bold and underlined stretches, as offsets into `text`. */
  styles: CueStyle[];
  /** The source's readings (ruby), as offsets into `text`. */
  ruby: Ruby[];
}

/**
 * A "NAME: words" label at the start of a row (also with a full-width colon, after a dialogue
 * dash): up to 12 characters with no space (so "그래서 말인데: 가자" stays a sentence), no
 * digit (10:30 is a time) and no punctuation. A label needs words after it, and a colon
 * followed by `/` is a link, not a speaker.
 */
const LABEL = /^([-–—]\s*)?([^\d\s:：.,!?。、！？()（）[\]【】「」/]{1,12})[:：]\s*(?=[^\s/])/u;

/**
 * The cue as the overlay shows it. The source's speaker (WebVTT `<v>`, an ASS name) goes with
 * the first row; a row that starts with its own label gets that one. Marks and lookups work on
 * `text`, so a speaker's name is never marked as an expression of the line. The source's
 * styles and readings move with the words; a reading over a label is dropped with it.
 */
export function lineText(
  cue: Pick<ShownCue, 'text' | 'speaker' | 'italic' | 'styles' | 'ruby'>,
): LineText {
  const rows: Row[] = [];
  const parts: string[] = [];
  /** Labels taken out, as `[start, end)` in the cue's text. */
  const cuts: [number, number][] = [];
  let offset = 0;
  let rawOffset = 0;
  cue.text.split('\n').forEach((raw, i) => {
    const label = LABEL.exec(raw);
    const dash = label?.[1] ?? '';
    const words = label ? dash + raw.slice(label[0].length) : raw;
    if (label) cuts.push([rawOffset + dash.length, rawOffset + label[0].length]);
    const speaker = label?.[2]?.trim() ?? (i === 0 ? cue.speaker?.trim() : undefined);
    rows.push(speaker ? { start: offset, speaker } : { start: offset });
    parts.push(words);
    offset += words.length + 1;
    rawOffset += raw.length + 1;
  });
  /** Where an offset of the cue's text lands in the words. */
  const moved = (at: number) =>
    cuts.reduce((o, [start, end]) => (at <= start ? o : o - (Math.min(at, end) - start)), at);
  const styles = (cue.styles ?? []).flatMap((style) => {
    const start = moved(style.start);
    const end = moved(style.end);
    return end > start ? [{ ...style, start, end }] : [];
  });
  const ruby = (cue.ruby ?? []).flatMap(({ start, end, reading }) => {
    const inLabel = cuts.some(([from, to]) => start < to && end > from);
    return inLabel ? [] : [{ start: moved(start), end: moved(end), text: reading }];
  });
  return { text: parts.join('\n'), rows, italic: cue.italic === true, styles, ruby };
}
