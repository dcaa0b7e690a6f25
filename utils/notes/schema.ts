import { z } from 'zod';
import { CATEGORIES, LANGUAGES, LEVELS, type Language } from './constants';

// The lists live in a zod-free module so content scripts can use them without this validator.
export { CATEGORIES, CATEGORY_LABELS, LANGUAGES, LEVELS } from './constants';
export type { Category, Language, Level } from './constants';

export const LanguageSchema = z.enum(LANGUAGES);
export const CategorySchema = z.enum(CATEGORIES);

const text = z.string().trim().min(1);

/** A note id is `<lang>.<slug>`, stable forever: saved vocabulary refers to it. */
export const NoteIdSchema = z.string().regex(/^(ko|zh|ja)\.[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const NoteSchema = z
  .object({
    id: NoteIdSchema,
    /** The expression as a viewer would look it up (dictionary form). */
    headword: text,
    /** Other surface forms a line may use (spelling variants, short forms); shown and matched. */
    forms: z.array(text).default([]),
    /**
     * Engine patterns in the language's pattern syntax (see utils/language/<code>/README.md).
     * When absent, the headword and forms are compiled as patterns.
     */
    match: z.array(text).optional(),
    /**
     * Extra conditions on the whole line, for headwords too short or too common to fire on
     * their own: `any` — at least one of these substrings must appear; `none` — none may.
     */
    context: z
      .object({
        any: z.array(text).optional(),
        none: z.array(text).optional(),
      })
      .strict()
      .optional(),
    category: CategorySchema,
    /** Revised Romanization (ko), pinyin with tone marks (zh), kana reading + Hepburn (ja). */
    reading: text,
    /** Word-for-word sense. */
    literal: text,
    /** What it actually means in context. */
    meaning: text,
    /** Why it matters: the cultural background. */
    culture: text,
    /** What a typical English subtitle loses or gets wrong. */
    lost: text,
    /** Register: who says it to whom, when. */
    usage: text,
    example: z.object({ text, translation: text }).strict(),
    level: z.enum(LEVELS),
    /** Where the facts come from, e.g. "CC-CEDICT: 狗拿耗子" or "표준국어대사전: 눈이 높다". */
    sources: z.array(text).min(1),
    /** Ids of notes in other languages that mean the same thing. */
    related: z.array(NoteIdSchema).default([]),
    /** Equivalent expressions in other languages, English first. */
    equivalents: z
      .array(z.object({ lang: z.string().regex(/^[a-z]{2}$/), text }).strict())
      .default([]),
    /** True when the expression is commonly mistranslated; the card flags it. */
    pitfall: z.boolean().default(false),
  })
  .strict();

export type Note = z.infer<typeof NoteSchema>;
export type NoteInput = z.input<typeof NoteSchema>;

/** One file of a pack. A language's pack is the union of its fragments. */
export const PackFragmentSchema = z
  .object({
    language: LanguageSchema,
    notes: z.array(NoteSchema),
  })
  .strict();
export type PackFragment = z.infer<typeof PackFragmentSchema>;

export interface Pack {
  language: Language;
  notes: Note[];
}
