import type { Language } from '../../utils/notes/schema';

/** English names of the languages, for extension pages. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ko: 'Korean',
  zh: 'Chinese',
  ja: 'Japanese',
};

/** The names as each language writes itself, shown beside the English name. */
export const NATIVE_NAMES: Record<Language, string> = {
  ko: '한국어',
  zh: '中文',
  ja: '日本語',
};
