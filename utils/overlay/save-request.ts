import type { SaveRequest } from '../messaging/protocol';
import type { Language } from '../notes/constants';
import { urlAtMoment, type TimestampStyle } from './timestamp-url';
import type { CardView } from './view';

export interface SavePlace {
  lang: Language;
  title: string;
  site: string;
  url: string;
  timestamp: TimestampStyle;
  /** The video's time now, used when the cue has no start of its own. */
  currentMs: number;
}

/**
 * What `vocab.save` stores for the card on screen: the term, its gloss, and where it was seen.
 * With `joined` (a sentence that runs on into the next cue), the two lines are saved as one
 * and the moment spans both.
 */
export function buildSaveRequest(
  card: CardView,
  place: SavePlace,
  joined: FollowingLine | null = null,
): SaveRequest {
  const { cue } = card;
  const atMs = cue.startMs ?? place.currentMs;
  const context: SaveRequest['context'] = {
    line: clip(joined ? joinLines(cue.text, joined.text, place.lang) : cue.text, 2000),
    title: clip(place.title || place.site, 500),
    site: clip(place.site, 200),
    url: urlAtMoment(place.url, atMs / 1000, place.timestamp),
  };
  const next = joined ? joined.next : cue.next;
  const endMs = joined ? (joined.endMs ?? cue.endMs) : cue.endMs;
  if (cue.prev) context.prev = clip(cue.prev, 2000);
  if (next) context.next = clip(next, 2000);
  if (cue.startMs !== undefined) context.startMs = Math.round(cue.startMs);
  if (endMs !== undefined) context.endMs = Math.round(endMs);

  if (card.kind === 'note') {
    const { note } = card;
    const request: SaveRequest = {
      lang: place.lang,
      term: clip(note.headword, 200),
      noteId: note.id,
      gloss: clip(note.meaning, 2000),
      reading: clip(note.reading, 500),
      context,
    };
    if (card.surface !== note.headword) request.surface = clip(card.surface, 200);
    return request;
  }

  const { lookup } = card;
  if (lookup.state !== 'found') {
    return { lang: place.lang, term: clip(card.surface, 200), context };
  }
  const { result, romanized } = lookup;
  const entry = result.entries[0];
  const term = entry?.headword || result.lemma || card.surface;
  const request: SaveRequest = {
    lang: place.lang,
    term: clip(term, 200),
    lemma: clip(result.lemma, 200),
    context,
  };
  if (result.surface && result.surface !== term) request.surface = clip(result.surface, 200);
  const glosses = entry?.senses.flatMap((s) => s.glosses) ?? [];
  if (glosses.length) request.gloss = clip(glosses.slice(0, 6).join('; '), 2000);
  const reading = entry?.reading || romanized;
  if (reading) request.reading = clip(reading, 500);
  return request;
}

/** The cue after a card's line, for saving a sentence split over two cues. */
export interface FollowingLine {
  text: string;
  endMs?: number;
  /** The line after it, kept as the saved context's next line. */
  next?: string;
}

/**
 * Sentence-final punctuation, before any closing quotes or brackets. Korean subtitles often
 * leave a statement without a full stop, so a line without one is only *offered* as the start of
 * a longer sentence, never joined on its own.
 */
const SENTENCE_END = /[.!?。！？…‥♪~～][\s"'”’」』）)\]】〉》]*$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** Two cues as one sentence: a space between Korean lines, none between Chinese or Japanese. */
export function joinLines(first: string, second: string, lang: Language): string {
  const gap = lang === 'ko' ? ' ' : '';
  return `${first.trimEnd()}${gap}${second.trimStart()}`.replace(/\n/g, gap);
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** The confirmation a viewer sees for each outcome of a save. */
export const SAVE_OUTCOME_TEXT = {
  created: 'Saved',
  'context-added': 'Added this context',
  unchanged: 'Already saved with this line',
} as const;
