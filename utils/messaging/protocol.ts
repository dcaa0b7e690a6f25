import { z } from 'zod/mini';
import { CATEGORIES, LANGUAGES, LEVELS } from '../notes/constants';
import {
  TRACK_DELIVERIES,
  TRACK_FORMATS,
  TRACK_KINDS,
  TRACK_SITES,
  type TrackInfo,
} from '../tracks/types';

/**
 * The one protocol between content scripts / extension pages and the background.
 * Every request is validated on arrival (a content script shares its page with code we do not
 * trust) and every reply is validated by the client before use.
 *
 * Written with `zod/mini`: content scripts import this file, and classic zod alone would be
 * over twice the content scripts' whole 200 KB budget. The note schema (classic zod, used by
 * the background and the tools) is deliberately not imported here.
 */

const LanguageSchema = z.enum(LANGUAGES);
const CategorySchema = z.enum(CATEGORIES);

/** A string of at most `max` characters. */
const text = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.int().check(z.nonnegative());
const ms = () => z.optional(z.number().check(z.nonnegative()));

/** Where a saved word was seen. */
export const SaveContextSchema = z.strictObject({
  line: text(2000),
  prev: z.optional(text(2000)),
  next: z.optional(text(2000)),
  title: text(500),
  site: text(200),
  /** Page URL with a timestamp that reopens the moment where the site supports one. */
  url: z.url().check(z.maxLength(4000)),
  startMs: ms(),
  endMs: ms(),
});
export type SaveContext = z.infer<typeof SaveContextSchema>;

export const SaveRequestSchema = z.strictObject({
  lang: LanguageSchema,
  /** The term as shown: dictionary form for words, headword for notes. */
  term: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** The surface form on screen, when it differs from the term. */
  surface: z.optional(text(200)),
  lemma: z.optional(text(200)),
  gloss: z.optional(text(2000)),
  reading: z.optional(text(500)),
  noteId: z.optional(text(100)),
  context: SaveContextSchema,
});
export type SaveRequest = z.infer<typeof SaveRequestSchema>;

export const DictSenseSchema = z.object({
  glosses: z.array(z.string()),
  pos: z.array(z.string()),
});
export const DictEntrySchema = z.object({
  headword: z.string(),
  /** Other written forms (traditional characters, kanji variants). */
  variants: z.array(z.string()),
  reading: z.string(),
  senses: z.array(DictSenseSchema),
  /** Difficulty or frequency tag when the source has one. */
  tags: z.array(z.string()),
});
export type DictEntry = z.infer<typeof DictEntrySchema>;

export const LookupResultSchema = z.object({
  /** The hovered text that the entries cover (so the overlay can highlight exactly it). */
  surface: z.string(),
  lemma: z.string(),
  reasons: z.array(z.string()),
  entries: z.array(DictEntrySchema),
});
export type LookupResult = z.infer<typeof LookupResultSchema>;

export const DictStatusSchema = z.object({
  lang: LanguageSchema,
  state: z.enum(['absent', 'installing', 'ready', 'error']),
  /** 0..1 while installing. */
  progress: z.number().check(z.minimum(0), z.maximum(1)),
  entries: count(),
  error: z.optional(z.string()),
});
export type DictStatus = z.infer<typeof DictStatusSchema>;

/** What a tab's content script currently sees, for the popup. */
export const TabStatusSchema = z.object({
  source: z.nullable(z.string()),
  lang: z.nullable(LanguageSchema),
  lines: count(),
  /** Plain-language explanation when nothing is found, or a fallback was taken. */
  message: z.string(),
  site: z.string(),
  /** How the source came to be used when it is a fallback (SourceInfo.note). */
  note: z.optional(z.string()),
  /** The viewer can point at the page's captions (`captions.pick`). */
  canPick: z.optional(z.boolean()),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

/**
 * What the overlay shows of a note: every field of the pack's note except the matching rules
 * (`match`, `context`), which stay in the background with the engine.
 */
export const NoteViewSchema = z.object({
  id: z.string(),
  headword: z.string(),
  forms: z.array(z.string()),
  category: CategorySchema,
  reading: z.string(),
  literal: z.string(),
  meaning: z.string(),
  culture: z.string(),
  lost: z.string(),
  usage: z.string(),
  example: z.object({ text: z.string(), translation: z.string() }),
  level: z.enum(LEVELS),
  sources: z.array(z.string()),
  /** Ids of notes in other languages with the same meaning. */
  related: z.array(z.string()),
  equivalents: z.array(z.object({ lang: z.string(), text: z.string() })),
  pitfall: z.boolean(),
});
export type NoteView = z.infer<typeof NoteViewSchema>;

/** A note found in a line: UTF-16 offsets into the line as sent. */
export const LineMarkSchema = z.object({
  start: count(),
  end: count(),
  noteId: z.string(),
});
export type LineMark = z.infer<typeof LineMarkSchema>;

/** A reading over `[start, end)` of a line: pinyin syllable, kana over a kanji run. */
export const RubySchema = z.object({ start: count(), end: count(), text: z.string() });
export type Ruby = z.infer<typeof RubySchema>;

/** Lines per `lines.readings` request: lines on screen, a few at a time. */
export const READINGS_BATCH = 20;

/** Longer than any subtitle file or site track (a whole season of SRT is a few hundred KB). */
export const MAX_SUBTITLE_CHARS = 20_000_000;
/** More WebVTT segments than any episode has. */
const MAX_SEGMENTS = 20_000;

/** A stretch of a cue's text (UTF-16 offsets into it), for styles and readings. */
const span = { start: count(), end: count() };

/** A cue with timing, as the parsers give it (utils/subtitles/cue.ts). */
export const TimedCueSchema = z.object({
  text: z.string(),
  startMs: z.number(),
  endMs: z.number(),
  id: z.optional(z.string()),
  speaker: z.optional(z.string()),
  styles: z.optional(
    z.array(
      z.object({
        ...span,
        italic: z.optional(z.literal(true)),
        bold: z.optional(z.literal(true)),
        underline: z.optional(z.literal(true)),
      }),
    ),
  ),
  position: z.optional(
    z.object({
      vertical: z.optional(z.enum(['top', 'bottom'])),
      line: z.optional(z.number().check(z.gte(0), z.lte(100))),
      align: z.optional(z.enum(['start', 'center', 'end'])),
    }),
  ),
  ruby: z.optional(z.array(z.object({ ...span, reading: z.string() }))),
});

/** A site's subtitle track (utils/tracks/types.ts). */
const TrackInfoSchema = z.object({
  site: z.enum(TRACK_SITES),
  videoId: z.string(),
  lang: z.string(),
  rawLang: z.string(),
  label: z.string(),
  url: z.string(),
  format: z.enum(TRACK_FORMATS),
  kind: z.enum(TRACK_KINDS),
  imageBased: z.optional(z.boolean()),
  delivery: z.optional(z.enum(TRACK_DELIVERIES)),
  segmentUrls: z.optional(z.array(z.string())),
  fallbackUrls: z.optional(z.array(z.string())),
  completion: z.optional(z.number()),
  trackId: z.optional(z.string()),
  selected: z.optional(z.boolean()),
  originalLang: z.optional(z.string()),
}) satisfies z.ZodMiniType<TrackInfo>;

/** Lines per `lines.annotate` request: a whole episode goes in a few batches. */
export const ANNOTATE_BATCH = 200;
/** Longer than any subtitle line; a longer one is cut by the sender. */
export const MAX_LINE = 2000;

/**
 * Request type -> [request schema, reply schema]. Adding a message means adding one row here
 * and one handler in the background; both ends get the types from this table.
 */
export const protocol = {
  'pack.get': [z.strictObject({ lang: LanguageSchema }), z.unknown()],
  /**
   * Notes found in each line, by the background's engine and pack for `lang` (the content
   * scripts carry neither). `notes` holds every note the marks refer to; `packNotes` is the
   * size of the pack, for the status line.
   */
  'lines.annotate': [
    z.strictObject({
      lang: LanguageSchema,
      lines: z.array(text(MAX_LINE)).check(z.maxLength(ANNOTATE_BATCH)),
      /** Only notes of these categories; all when absent. */
      categories: z.optional(z.array(CategorySchema).check(z.maxLength(CATEGORIES.length))),
    }),
    z.object({
      packNotes: count(),
      marks: z.array(z.array(LineMarkSchema)),
      notes: z.array(NoteViewSchema),
    }),
  ],
  /**
   * The language of some subtitle lines: the declared tag when it names one, else the engines'
   * script scores over the sample (only among `langs` when given). Null when unsure.
   */
  'lines.detect': [
    z.strictObject({
      sample: z.array(text(MAX_LINE)).check(z.maxLength(50)),
      langTag: z.optional(z.nullable(text(100))),
      langs: z.optional(z.array(LanguageSchema).check(z.maxLength(LANGUAGES.length))),
    }),
    z.object({ lang: z.nullable(LanguageSchema) }),
  ],
  /**
   * Readings shown above the overlay's lines: pinyin (zh), furigana (ja); none for Korean.
   * `complete` is false when a reading source was not ready (the Japanese dictionary is still
   * installing): the page asks again later instead of keeping the empty answer.
   */
  'lines.readings': [
    z.strictObject({
      lang: LanguageSchema,
      lines: z.array(text(MAX_LINE)).check(z.maxLength(READINGS_BATCH)),
    }),
    z.object({ readings: z.array(z.array(RubySchema)), complete: z.boolean() }),
  ],
  /** Headwords of notes by id (a card's related notes, which may be in another language). */
  'notes.headwords': [
    z.strictObject({ ids: z.array(text(100)).check(z.maxLength(50)) }),
    z.object({
      headwords: z.array(z.object({ id: z.string(), headword: z.nullable(z.string()) })),
    }),
  ],
  'dict.lookup': [
    z.strictObject({
      lang: LanguageSchema,
      text: z.string().check(z.minLength(1), z.maxLength(64)),
    }),
    z.discriminatedUnion('state', [
      z.object({
        state: z.literal('ok'),
        results: z.array(LookupResultSchema),
        /**
         * The first result's headword romanized, when its entry carries no reading of its own
         * (the Korean core dictionary), so the card can show one without an engine.
         */
        romanized: z.optional(z.string()),
      }),
      z.object({ state: z.literal('unavailable'), status: DictStatusSchema }),
    ]),
  ],
  'dict.status': [z.strictObject({ lang: LanguageSchema }), DictStatusSchema],
  'dict.install': [z.strictObject({ lang: LanguageSchema }), DictStatusSchema],
  'dict.remove': [z.strictObject({ lang: LanguageSchema }), DictStatusSchema],
  'vocab.save': [
    SaveRequestSchema,
    z.object({ id: z.int(), outcome: z.enum(['created', 'context-added', 'unchanged']) }),
  ],
  'tab.status.set': [TabStatusSchema, z.object({ ok: z.literal(true) })],
  'tab.status.get': [z.strictObject({ tabId: z.int() }), z.nullable(TabStatusSchema)],
  'site.enable': [
    z.strictObject({ origin: z.url(), tabId: z.optional(z.int()) }),
    z.object({ enabled: z.boolean(), error: z.optional(z.string()) }),
  ],
  'site.disable': [z.strictObject({ origin: z.url() }), z.object({ enabled: z.boolean() })],
  'site.status': [
    z.strictObject({ origin: z.url() }),
    z.object({ enabled: z.boolean(), builtIn: z.boolean() }),
  ],
  /**
   * Subtitle text to cues, in the background: the parsers and their entity tables stay out of
   * the content scripts' bundles. With `format`, a track file a site sent (an empty body is
   * an unsigned request; repeats are merged); without, a file the viewer loaded, named by
   * `filename` in every message (a bad file is refused with a reason; a UTF-16 `encoding`
   * rules out WebVTT). Markup in the text stays text.
   */
  'subtitles.parse': [
    z.strictObject({
      text: text(MAX_SUBTITLE_CHARS),
      filename: z.optional(text(300)),
      format: z.optional(z.enum(TRACK_FORMATS)),
      encoding: z.optional(z.enum(['utf-8', 'utf-16le', 'utf-16be'])),
    }),
    z.object({
      cues: z.array(TimedCueSchema),
      /** A language tag the file name carries (`episode.ko.srt`), or null. */
      langTag: z.nullable(z.string()),
    }),
  ],
  /** A segmented WebVTT track's segments merged on one timeline (HLS, DASH). */
  'tracks.segments': [
    z.strictObject({
      bodies: z.array(z.string()).check(
        z.maxLength(MAX_SEGMENTS),
        z.refine((all) => all.reduce((n, b) => n + b.length, 0) <= MAX_SUBTITLE_CHARS),
      ),
    }),
    z.object({ cues: z.array(TimedCueSchema), skipped: count() }),
  ],
  /** The text tracks a DASH manifest the player received lists. */
  'tracks.dash': [
    z.strictObject({
      site: z.enum(TRACK_SITES),
      mpd: text(MAX_SUBTITLE_CHARS),
      url: text(8192),
      videoId: text(512),
    }),
    z.object({ tracks: z.array(TrackInfoSchema) }),
  ],
} as const satisfies Record<string, readonly [z.ZodMiniType, z.ZodMiniType]>;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T][0]>;
export type ReplyOf<T extends MessageType> = z.infer<(typeof protocol)[T][1]>;

/** The envelope on the wire. */
export const EnvelopeSchema = z.object({
  nunchi: z.literal(1),
  type: z.string(),
  payload: z.unknown(),
});

export type Reply<T extends MessageType> =
  { ok: true; value: ReplyOf<T> } | { ok: false; error: string };

/**
 * Messages from extension pages (popup) to a tab's content script, sent with tabs.sendMessage
 * in the same envelope. The content script validates them like the background does.
 */
export const contentProtocol = {
  /** A subtitle file the viewer picked in the popup, for the video on this tab. */
  'subtitles.load': [
    z.strictObject({ filename: text(300), text: text(MAX_SUBTITLE_CHARS) }),
    z.object({ cues: count(), lang: z.nullable(LanguageSchema) }),
  ],
  /** Ask the tab to re-send its status (the popup just opened). */
  'status.refresh': [z.strictObject({}), TabStatusSchema],
  /**
   * "Point at the captions": starts the picking mode over the tab's video (the viewer then
   * clicks the caption text; Esc cancels). Answers at once; what was picked shows on the page.
   */
  'captions.pick': [z.strictObject({}), z.object({ started: z.boolean(), message: z.string() })],
} as const satisfies Record<string, readonly [z.ZodMiniType, z.ZodMiniType]>;

export type ContentMessageType = keyof typeof contentProtocol;
export type ContentRequestOf<T extends ContentMessageType> = z.infer<
  (typeof contentProtocol)[T][0]
>;
export type ContentReplyOf<T extends ContentMessageType> = z.infer<(typeof contentProtocol)[T][1]>;
