import { LANGUAGES } from '../../utils/notes/schema';
import { AboutSection } from './AboutSection';
import { DictionarySection } from './DictionarySection';
import { LanguageOrderSection } from './LanguageOrderSection';
import { LanguageSection } from './LanguageSection';
import { OverlaySection } from './OverlaySection';
import { VocabularySection } from './VocabularySection';
import { useSettings } from './use-settings';

/** The options page. Every change is saved at once; pages already open pick it up live. */
export function OptionsApp() {
  const { settings, change, error } = useSettings();
  return (
    <div className="options">
      <header className="options-header">
        <h1>
          <span className="brand-mark" aria-hidden="true">
            눈
          </span>
          Nunchi options
        </h1>
        <p className="muted">Changes are saved as you make them.</p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </header>
      {settings === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <h2>Languages</h2>
          <LanguageOrderSection value={settings} change={change} />
          {LANGUAGES.map((lang) => (
            <LanguageSection
              key={lang}
              lang={lang}
              value={settings.languages[lang]}
              change={change}
            />
          ))}
          <h2>Everywhere</h2>
          <OverlaySection value={settings} change={change} />
        </>
      )}
      <DictionarySection />
      <VocabularySection />
      <AboutSection />
    </div>
  );
}
