import { z } from 'zod/mini';
import { CATEGORIES, LANGUAGES, type Language } from '../notes/constants';

// zod/mini, not classic zod: content scripts read settings, and their bundle has a 200 KB budget.

/** Settings for one language; the options page shows one section per language. */
export const LanguageSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  /** Note categories shown on the overlay. */
  categories: z.array(z.enum(CATEGORIES)),
  /** Romanization / pinyin / furigana on note cards and, where supported, above the line. */
  romanization: z.boolean(),
});
export type LanguageSettings = z.infer<typeof LanguageSettingsSchema>;

export const SettingsSchema = z.strictObject({
  languages: z.strictObject({
    ko: LanguageSettingsSchema,
    zh: LanguageSettingsSchema,
    ja: LanguageSettingsSchema,
  }),
  overlay: z.strictObject({
    /** Show Nunchi's overlay at all (toggle key: N). */
    visible: z.boolean(),
    /** Hide the site's own captions while the overlay shows. */
    hideNativeCaptions: z.boolean(),
    /** Pause the video while a card is open, resume when it closes. */
    pauseOnHover: z.boolean(),
    /** Overlay text size in CSS px at a 1280 px wide video; scales with the player. */
    fontSize: z.int().check(z.minimum(12), z.maximum(64)),
    /**
     * Pause at the end of each line (key P), for reading at one's own pace. Added after
     * version 1: stored settings without it take the default when read (parseSettings).
     */
    autoPause: z.boolean(),
  }),
  /** Key that saves the word or note under the pointer (KeyboardEvent.key, case-insensitive). */
  saveKey: z.string().check(z.minLength(1), z.maxLength(20)),
  /**
   * The subtitle language to read when a video offers several and neither the player's choice
   * nor the video's original language decides: each language once, best first (only the
   * enabled ones count). Added after version 1: stored settings without it take the default.
   */
  languageOrder: z
    .array(z.enum(LANGUAGES))
    .check(
      z.refine(
        (order) => order.length === LANGUAGES.length && new Set(order).size === LANGUAGES.length,
        'each language once',
      ),
    ),
});
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
  overlay: {
    visible: true,
    hideNativeCaptions: true,
    pauseOnHover: true,
    fontSize: 28,
    autoPause: false,
  },
  saveKey: 's',
  languageOrder: ['ko', 'zh', 'ja'],
};

/** The enabled languages in the viewer's order: what to read when a video offers several. */
export function readingOrder(settings: Settings): Language[] {
  return settings.languageOrder.filter((lang) => settings.languages[lang].enabled);
}
