import type { ShownCue } from '../sites/types';

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
 * `text`, so a speaker's name is never marked as an expression of the line.
 */
export function lineText(cue: Pick<ShownCue, 'text' | 'speaker' | 'italic'>): LineText {
  const rows: Row[] = [];
  const parts: string[] = [];
  let offset = 0;
  cue.text.split('\n').forEach((raw, i) => {
    const label = LABEL.exec(raw);
    const words = label ? (label[1] ?? '') + raw.slice(label[0].length) : raw;
    const speaker = label?.[2]?.trim() ?? (i === 0 ? cue.speaker?.trim() : undefined);
    rows.push(speaker ? { start: offset, speaker } : { start: offset });
    parts.push(words);
    offset += words.length + 1;
  });
  return { text: parts.join('\n'), rows, italic: cue.italic === true };
}
