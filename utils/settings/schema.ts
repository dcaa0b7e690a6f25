import { z } from 'zod';
import { CATEGORIES, CategorySchema, LANGUAGES, type Language } from '../notes/schema';

/** Settings for one language; the options page shows one section per language. */
export const LanguageSettingsSchema = z
  .object({
    enabled: z.boolean(),
    /** Note categories shown on the overlay. */
    categories: z.array(CategorySchema),
    /** Romanization / pinyin / furigana on note cards and, where supported, above the line. */
    romanization: z.boolean(),
  })
  .strict();
export type LanguageSettings = z.infer<typeof LanguageSettingsSchema>;

export const SettingsSchema = z
  .object({
    languages: z
      .object({
        ko: LanguageSettingsSchema,
        zh: LanguageSettingsSchema,
        ja: LanguageSettingsSchema,
      })
      .strict(),
    overlay: z
      .object({
        /** Show Nunchi's overlay at all (toggle key: N). */
        visible: z.boolean(),
        /** Hide the site's own captions while the overlay shows. */
        hideNativeCaptions: z.boolean(),
        /** Pause the video while a card is open, resume when it closes. */
        pauseOnHover: z.boolean(),
        /** Overlay text size in CSS px at a 1280 px wide video; scales with the player. */
        fontSize: z.number().int().min(12).max(64),
      })
      .strict(),
    /** Key that saves the word or note under the pointer (KeyboardEvent.key, case-insensitive). */
    saveKey: z.string().min(1).max(20),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

const languageDefaults = (enabled: boolean): LanguageSettings => ({
  enabled,
  categories: [...CATEGORIES],
  romanization: true,
});

export const DEFAULT_SETTINGS: Settings = {
  languages: Object.fromEntries(LANGUAGES.map((l) => [l, languageDefaults(true)])) as Record<
    Language,
    LanguageSettings
  >,
  overlay: { visible: true, hideNativeCaptions: true, pauseOnHover: true, fontSize: 28 },
  saveKey: 's',
};
