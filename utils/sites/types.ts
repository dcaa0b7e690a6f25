import type { CuePosition, CueRuby, CueStyle, TimedCue } from '../subtitles/cue';

/**
 * The page side's cue stream: adapters read a site (rendered captions, a TextTrack, a file)
 * and report what is on screen; they never render. The overlay controller is the only sink.
 */

/** One cue as the overlay shows it, with its neighbours when the source knows them. */
export interface ShownCue {
  /** Stable identity of this cue within its source (annotation cache, React key). */
  key: string;
  text: string;
  startMs?: number;
  endMs?: number;
  /** The line before and after, for saved context; absent when the source cannot know. */
  prev?: string;
  next?: string;
  /** Who says it, when the source marks it (WebVTT `<v>`, an ASS name); shown apart. */
  speaker?: string;
  /** The source sets the whole cue in italics (a voice off screen, a song); kept as style. */
  italic?: boolean;
  /** Italic, bold and underlined stretches of `text` (see Cue.styles). */
  styles?: CueStyle[];
  /** Where the source puts the line (see Cue.position): signs go on top. */
  position?: CuePosition;
  /** Readings the source gives over stretches of `text` (see Cue.ruby). */
  ruby?: CueRuby[];
}

/** What a source knows about itself, for language detection and the popup's status line. */
export interface SourceInfo {
  /** Plain-language name of the source: "YouTube captions", "Subtitle track “Korean”". */
  label: string;
  /** BCP 47 tag the source declares (a track's srclang), or null. */
  langTag: string | null;
  /** Lines known so far: the whole track for full-track sources, lines seen for rendered ones. */
  lines: number;
  /** A few lines of text to guess the language from when no tag is declared. */
  sample: readonly string[];
  /** Why nothing flows yet, in words a viewer can act on; empty when cues flow. */
  problem: string;
  /**
   * The whole track in play order, when the source has it (a file, a TextTrack, a site's own
   * track); absent for sources that only see what is on screen. The overlay marks it ahead of
   * time, lists its notes in the episode guide and steps from line to line with it.
   */
  track?: readonly TimedCue[];
  /**
   * How this source came to be used when it is a fallback, said alongside flowing cues
   * ("Netflix's captions were not where Nunchi expects them…; reading the video's subtitle
   * track instead"). The popup shows it with the source.
   */
  note?: string;
}

export interface CueSink {
  /** The cues on screen now, in reading order; an empty list clears the overlay. */
  show(cues: ShownCue[]): void;
  /** The source learned something about itself (track loaded, more lines seen, a problem). */
  describe(info: SourceInfo): void;
}

export interface CueSource {
  /** Starts reporting to `sink` until `signal` aborts. */
  start(sink: CueSink, signal: AbortSignal): void;
  /**
   * Hides (true) or restores (false) the site's own rendering of these captions, so they never
   * show twice. The overlay restores them while it is toggled off.
   */
  setNativeHidden(hidden: boolean): void;
  /**
   * Lets the viewer point at the page's caption element (an in-page picking mode; Esc cancels).
   * Present on sources of pages read through their DOM; the overlay or popup offers it as
   * "Point at the captions". Resolves once the viewer picked or cancelled; a picked element is
   * remembered for the site and the page's source is chosen again.
   */
  pickCaptions?(): Promise<PickOutcome>;
  /**
   * Where a time this source reports (a ShownCue's or SourceInfo.track's startMs) falls on
   * `video.currentTime`, in ms, for seeking to a line. Absent: the same time. Differs when the
   * site's content clock is not the video's (Disney+).
   */
  videoTimeOf?(ms: number): number;
  /**
   * True when the source's lines move with the page's TimingControl (whole tracks played by
   * Nunchi: a file, a site's own track), so the timing keys mean something while it plays.
   */
  readonly followsTiming?: boolean;
}

export type PickOutcome =
  | { picked: true; selector: string; text: string }
  | { picked: false; reason: 'cancelled' | 'busy' | 'no-video' };
