import type { Language } from '../../utils/notes/schema';
import type { Settings } from '../../utils/settings/schema';
import { LANGUAGE_NAMES, NATIVE_NAMES } from '../shared/languages';
import type { ChangeSettings } from './use-settings';

interface Props {
  value: Settings;
  change: ChangeSettings;
}

/**
 * Which subtitles Nunchi reads when a video offers several of its languages: the viewer's
 * order, moved with up/down buttons (keyboard-reachable, no drag). The player's own choice and
 * the video's original language come first; the page says so.
 */
export function LanguageOrderSection({ value, change }: Props) {
  const move = (lang: Language, by: -1 | 1) =>
    change((s) => {
      const order = [...s.languageOrder];
      const from = order.indexOf(lang);
      const to = from + by;
      if (from < 0 || to < 0 || to >= order.length) return s;
      [order[from], order[to]] = [order[to]!, order[from]!];
      return { ...s, languageOrder: order };
    });
  const order = value.languageOrder;

  return (
    <section className="card" aria-labelledby="order-title" data-testid="language-order">
      <header className="card-header">
        <h3 id="order-title">Preferred subtitle language</h3>
        <p>
          When a video has subtitles in several of these languages, Nunchi reads the ones the player
          has selected, else the video’s original language, else the first here.
        </p>
      </header>
      <ol className="language-order">
        {order.map((lang, i) => {
          const name = LANGUAGE_NAMES[lang];
          return (
            <li key={lang} data-lang={lang}>
              <span className="order-name">
                {name}{' '}
                <span lang={lang} className="native-name">
                  {NATIVE_NAMES[lang]}
                </span>
                {!value.languages[lang].enabled && <span className="order-off"> (off)</span>}
              </span>
              <button
                type="button"
                aria-label={`Move ${name} up`}
                disabled={i === 0}
                onClick={() => move(lang, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${name} down`}
                disabled={i === order.length - 1}
                onClick={() => move(lang, 1)}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
