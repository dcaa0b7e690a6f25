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
}

/** A cue with timing, as produced by full-track sources (files, intercepted tracks). */
export interface TimedCue extends Cue {
  startMs: number;
  endMs: number;
}
