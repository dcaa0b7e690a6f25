/**
 * The small lists every part of Nunchi shares, without zod: content scripts import these
 * (settings, protocol, cards) and must not pull in the note schema's validator library.
 * `schema.ts` builds its enums from them and re-exports them.
 */

/** Languages Nunchi has engines and packs for. */
export const LANGUAGES = ['ko', 'zh', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Note categories. The options page lets a viewer hide any of them per language.
 * Keep this list short and stable: stored settings refer to these strings.
 */
export const CATEGORIES = [
  'idiom',
  'proverb',
  'address',
  'honorific',
  'food',
  'holiday',
  'social',
  'life',
  'slang',
  'pop-culture',
  'trope',
  'place',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  idiom: 'Idioms',
  proverb: 'Proverbs & sayings',
  address: 'Forms of address & kinship',
  honorific: 'Honorifics & speech levels',
  food: 'Food & drink',
  holiday: 'Holidays & rituals',
  social: 'Social concepts',
  life: 'School, work, military & family life',
  slang: 'Slang & internet language',
  'pop-culture': 'Pop culture',
  trope: 'Genre tropes',
  place: 'Places & history',
};

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];
