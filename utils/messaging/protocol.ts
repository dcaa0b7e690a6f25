import { z } from 'zod';
import { LanguageSchema } from '../notes/schema';

/**
 * The one protocol between content scripts / extension pages and the background.
 * Every request is validated on arrival (a content script shares its page with code we do not
 * trust) and every reply is validated by the client before use.
 */

const SpanMs = {
  startMs: z.number().finite().nonnegative().optional(),
  endMs: z.number().finite().nonnegative().optional(),
};

/** Where a saved word was seen. */
export const SaveContextSchema = z
  .object({
    line: z.string().max(2000),
    prev: z.string().max(2000).optional(),
    next: z.string().max(2000).optional(),
    title: z.string().max(500),
    site: z.string().max(200),
    /** Page URL with a timestamp that reopens the moment where the site supports one. */
    url: z.string().url().max(4000),
    ...SpanMs,
  })
  .strict();
export type SaveContext = z.infer<typeof SaveContextSchema>;

export const SaveRequestSchema = z
  .object({
    lang: LanguageSchema,
    /** The term as shown: dictionary form for words, headword for notes. */
    term: z.string().trim().min(1).max(200),
    /** The surface form on screen, when it differs from the term. */
    surface: z.string().max(200).optional(),
    lemma: z.string().max(200).optional(),
    gloss: z.string().max(2000).optional(),
    reading: z.string().max(500).optional(),
    noteId: z.string().max(100).optional(),
    context: SaveContextSchema,
  })
  .strict();
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
  progress: z.number().min(0).max(1),
  entries: z.number().int().nonnegative(),
  error: z.string().optional(),
});
export type DictStatus = z.infer<typeof DictStatusSchema>;

/** What a tab's content script currently sees, for the popup. */
export const TabStatusSchema = z.object({
  source: z.string().nullable(),
  lang: LanguageSchema.nullable(),
  lines: z.number().int().nonnegative(),
  /** Plain-language explanation when nothing is found, or a fallback was taken. */
  message: z.string(),
  site: z.string(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

/**
 * Request type -> [request schema, reply schema]. Adding a message means adding one row here
 * and one handler in the background; both ends get the types from this table.
 */
export const protocol = {
  'pack.get': [z.object({ lang: LanguageSchema }).strict(), z.unknown()],
  'dict.lookup': [
    z.object({ lang: LanguageSchema, text: z.string().min(1).max(64) }).strict(),
    z.discriminatedUnion('state', [
      z.object({ state: z.literal('ok'), results: z.array(LookupResultSchema) }),
      z.object({ state: z.literal('unavailable'), status: DictStatusSchema }),
    ]),
  ],
  'dict.status': [z.object({ lang: LanguageSchema }).strict(), DictStatusSchema],
  'dict.install': [z.object({ lang: LanguageSchema }).strict(), DictStatusSchema],
  'dict.remove': [z.object({ lang: LanguageSchema }).strict(), DictStatusSchema],
  'vocab.save': [
    SaveRequestSchema,
    z.object({ id: z.number().int(), outcome: z.enum(['created', 'context-added', 'unchanged']) }),
  ],
  'tab.status.set': [TabStatusSchema, z.object({ ok: z.literal(true) })],
  'tab.status.get': [z.object({ tabId: z.number().int() }).strict(), TabStatusSchema.nullable()],
  'site.enable': [
    z.object({ origin: z.string().url(), tabId: z.number().int().optional() }).strict(),
    z.object({ enabled: z.boolean(), error: z.string().optional() }),
  ],
  'site.disable': [
    z.object({ origin: z.string().url() }).strict(),
    z.object({ enabled: z.boolean() }),
  ],
  'site.status': [
    z.object({ origin: z.string().url() }).strict(),
    z.object({ enabled: z.boolean(), builtIn: z.boolean() }),
  ],
} as const satisfies Record<string, readonly [z.ZodType, z.ZodType]>;

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
    z.object({ filename: z.string().max(300), text: z.string().max(20_000_000) }).strict(),
    z.object({ cues: z.number().int().nonnegative(), lang: LanguageSchema.nullable() }),
  ],
  /** Ask the tab to re-send its status (the popup just opened). */
  'status.refresh': [z.object({}).strict(), TabStatusSchema],
} as const satisfies Record<string, readonly [z.ZodType, z.ZodType]>;

export type ContentMessageType = keyof typeof contentProtocol;
export type ContentRequestOf<T extends ContentMessageType> = z.infer<
  (typeof contentProtocol)[T][0]
>;
export type ContentReplyOf<T extends ContentMessageType> = z.infer<(typeof contentProtocol)[T][1]>;
