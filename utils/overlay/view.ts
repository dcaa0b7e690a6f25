import type { LookupResult, NoteView, Ruby } from '../messaging/protocol';
import type { Language } from '../notes/constants';
import type { ShownCue } from '../sites/types';
import type { GuideEntry } from './guide';
import type { LineText } from './line-text';
import type { FollowingLine } from './save-request';
import type { Segment } from './segment';
import type { Shortcut } from './shortcuts';

/** Everything the overlay's user interface shows; the controller is its only writer. */
export interface OverlayView {
  /** The viewer's toggle (key N); the overlay also hides while no usable language is known. */
  visible: boolean;
  /** Language of the lines, once known and enabled. */
  lang: Language | null;
  lines: LineView[];
  /** Width of the video box in CSS px; text scales with it. */
  boxWidth: number;
  /** Overlay text size in px at a 1280 px wide video (settings). */
  fontSize: number;
  romanization: boolean;
  /** The key that saves what a card shows (settings), shown on the save button. */
  saveKey: string;
  card: CardView | null;
  /** The stretch of a line under the pointer, highlighted while its card is open. */
  hover: { cueKey: string; start: number; end: number } | null;
  notice: Notice | null;
  /** Whether the pointer is over the video (the file control shows then). */
  pointerOver: boolean;
  /** The episode's culture guide, while open. */
  guide: GuideView | null;
  /** The list of keys, while open. */
  help: Shortcut[] | null;
  /** The viewer can point at the page's captions (the source reads the page). */
  canPick: boolean;
}

export interface LineView {
  cue: ShownCue;
  /** The words shown (speaker labels apart); `segments` and `readings` are offsets into it. */
  text: LineText;
  segments: Segment[];
  /** Pinyin or furigana over stretches of the line, when the viewer wants them. */
  readings: readonly Ruby[];
}

export interface GuideView {
  /** All of the episode's notes (true), or only those of lines already reached. */
  all: boolean;
  entries: GuideEntry[];
  /** Notes left out until their lines are reached. */
  later: number;
  /** False while lines are still being marked. */
  complete: boolean;
  /** The source has the whole track (else the guide lists the lines seen so far). */
  wholeTrack: boolean;
}

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface Anchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface CardBase {
  cue: ShownCue;
  /** The text on screen the card is about. */
  surface: string;
  anchor: Anchor;
  /** Confirmation after saving ("Saved", "Added this context"). */
  saved: string | null;
  saving: boolean;
  /**
   * The next line, offered for saving with this one when this line does not end a sentence;
   * null when there is none or the line ends with sentence punctuation.
   */
  following: FollowingLine | null;
}

export interface RelatedView {
  id: string;
  lang: string;
  headword: string | null;
}

export interface NoteCardView extends CardBase {
  kind: 'note';
  note: NoteView;
  related: RelatedView[];
}

export type Lookup =
  | { state: 'loading' }
  | { state: 'installing'; progress: number }
  | { state: 'missing'; message: string }
  | { state: 'found'; result: LookupResult; romanized: string | null }
  | { state: 'none' };

export interface WordCardView extends CardBase {
  kind: 'word';
  lookup: Lookup;
}

export type CardView = NoteCardView | WordCardView;
