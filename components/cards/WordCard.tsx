import type { LookupResult } from '../../utils/messaging/protocol';
import type { Language } from '../../utils/notes/schema';
import { LANGUAGE_NAMES } from '../../utils/overlay/language';
import type { WordCardView } from '../../utils/overlay/view';
import { SaveRow } from './SaveRow';

interface Props {
  card: WordCardView;
  lang: Language;
  saveKey: string;
  onSave: () => void;
}

/** Entries shown per word: enough for homographs, short enough to read while paused. */
const MAX_ENTRIES = 3;

/** Dictionary entries for a hovered word, or why there are none. */
export function WordCard({ card, lang, saveKey, onSave }: Props) {
  const { lookup } = card;
  return (
    <>
      {lookup.state === 'found' ? (
        <Found result={lookup.result} romanized={lookup.romanized} />
      ) : (
        <p className="headword native">{card.surface}</p>
      )}
      {lookup.state === 'loading' && <p className="message">Looking up…</p>}
      {lookup.state === 'installing' && (
        <div data-testid="nunchi-dict-installing">
          <p className="message">
            Installing the {LANGUAGE_NAMES[lang]} dictionary… {Math.round(lookup.progress * 100)}%
          </p>
          <div className="progress">
            <span style={{ width: `${Math.round(lookup.progress * 100)}%` }} />
          </div>
        </div>
      )}
      {lookup.state === 'missing' && <p className="message">{lookup.message}</p>}
      {lookup.state === 'none' && (
        <p className="message" data-testid="nunchi-dict-none">
          No dictionary entry for “{card.surface}”.
        </p>
      )}
      <SaveRow saving={card.saving} saved={card.saved} saveKey={saveKey} onSave={onSave} />
    </>
  );
}

function Found({ result, romanized }: { result: LookupResult; romanized: string | null }) {
  const derived = result.reasons.length > 0 || result.surface !== result.lemma;
  return (
    <>
      {derived && (
        <p className="derivation native" data-testid="nunchi-derivation">
          {result.surface} ← {result.lemma}
          {result.reasons.length > 0 && `: ${result.reasons.join(' + ')}`}
        </p>
      )}
      {result.entries.slice(0, MAX_ENTRIES).map((entry, i) => (
        <div key={`${entry.headword}:${i}`}>
          <p className="headword native">{entry.headword}</p>
          {(entry.reading || (i === 0 && romanized)) && (
            <p className="reading">{entry.reading || romanized}</p>
          )}
          <ol>
            {entry.senses.map((sense, j) => (
              <li key={j}>
                {sense.pos.length > 0 && <span className="pos">{sense.pos.join(', ')} </span>}
                {sense.glosses.join('; ')}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </>
  );
}
