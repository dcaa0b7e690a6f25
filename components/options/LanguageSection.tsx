import {
  CATEGORIES,
  CATEGORY_LABELS,
  type Category,
  type Language,
} from '../../utils/notes/schema';
import type { LanguageSettings } from '../../utils/settings/schema';
import { LANGUAGE_NAMES, NATIVE_NAMES } from '../shared/languages';
import { Toggle } from './Toggle';
import type { ChangeSettings } from './use-settings';

const READING_NAMES: Record<Language, string> = {
  ko: 'Show Revised Romanization',
  zh: 'Show pinyin',
  ja: 'Show readings (furigana and Hepburn)',
};

interface Props {
  lang: Language;
  value: LanguageSettings;
  change: ChangeSettings;
}

/** Everything Nunchi does for one language: on/off, which notes to mark, readings. */
export function LanguageSection({ lang, value, change }: Props) {
  const set = (patch: Partial<LanguageSettings>) =>
    change((s) => ({
      ...s,
      languages: { ...s.languages, [lang]: { ...s.languages[lang], ...patch } },
    }));
  const toggleCategory = (category: Category, on: boolean) =>
    change((s) => {
      const current = s.languages[lang].categories;
      // Kept in the canonical order so the stored list does not depend on click order.
      const categories = CATEGORIES.filter((c) => (c === category ? on : current.includes(c)));
      return { ...s, languages: { ...s.languages, [lang]: { ...s.languages[lang], categories } } };
    });

  return (
    <section className="card" aria-labelledby={`lang-${lang}`} data-testid={`language-${lang}`}>
      <header className="card-header">
        <h3 id={`lang-${lang}`}>
          {LANGUAGE_NAMES[lang]}{' '}
          <span lang={lang} className="native-name">
            {NATIVE_NAMES[lang]}
          </span>
        </h3>
      </header>
      <Toggle
        checked={value.enabled}
        onChange={(enabled) => set({ enabled })}
        label={`Read ${LANGUAGE_NAMES[lang]} subtitles`}
        hint="Marks expressions and answers hovers on lines in this language."
      />
      <Toggle
        checked={value.romanization}
        onChange={(romanization) => set({ romanization })}
        label={READING_NAMES[lang]}
        disabled={!value.enabled}
      />
      <fieldset className="categories" disabled={!value.enabled}>
        <legend>Notes to mark</legend>
        <div className="category-grid">
          {CATEGORIES.map((category) => (
            <Toggle
              key={category}
              checked={value.categories.includes(category)}
              onChange={(on) => toggleCategory(category, on)}
              label={CATEGORY_LABELS[category]}
            />
          ))}
        </div>
      </fieldset>
    </section>
  );
}
