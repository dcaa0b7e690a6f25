/**
 * The one shape every subtitle source produces: file parsers, site adapters and
 * the TextTrack reader all turn their input into Cues, and nothing downstream
 * knows where a cue came from.
 */
export interface Cue {
  /** Plain display text, tags stripped, entities decoded, line breaks as `\n`. */
  text: string;
  /** Start and end in milliseconds of media time; absent for sources without timing. */
  startMs?: number;
  endMs?: number;
  /** Optional cue identifier from the source (WebVTT id, SRT index). */
  id?: string;
  /** Speaker label when the source marks one (WebVTT `<v Name>`, "NAME:" prefixes). */
  speaker?: string;
  /**
   * Stretches of `text` the source sets in italics, bold or underline (`<i>`, `{\i1}`,
   * `tts:fontStyle`), in order and not overlapping. Offsets are UTF-16 units into `text`,
   * end exclusive. Absent when the cue is unstyled.
   */
  styles?: CueStyle[];
  /** Where the source puts the cue on the picture; absent means the usual place (bottom). */
  position?: CuePosition;
  /**
   * Readings the source gives over stretches of `text` (WebVTT and TTML ruby, Netflix's
   * `漢字(かんじ)`): the base text stays in `text`, the reading is only here. In order and not
   * overlapping; offsets as in `styles`.
   */
  ruby?: CueRuby[];
}

export interface CueStyle {
  start: number;
  end: number;
  italic?: true;
  bold?: true;
  underline?: true;
}

export interface CuePosition {
  /** Which half of the picture the cue belongs to: signs and on-screen text go on top. */
  vertical?: 'top' | 'bottom';
  /** The cue's line as a percentage of the picture's height from the top, when given. */
  line?: number;
  /** Horizontal placement; `start` is the left for left-to-right text. */
  align?: 'start' | 'center' | 'end';
}

export interface CueRuby {
  start: number;
  end: number;
  reading: string;
}

/** A cue with timing, as produced by full-track sources (files, intercepted tracks). */
export interface TimedCue extends Cue {
  startMs: number;
  endMs: number;
}
