import { CATEGORY_LABELS } from '../../utils/notes/schema';
import type { NoteCardView } from '../../utils/overlay/view';
import { SaveRow } from './SaveRow';

const LANGUAGE_LABELS: Record<string, string> = {
  en: 'English',
  ko: 'Korean',
  zh: 'Chinese',
  ja: 'Japanese',
};

interface Props {
  card: NoteCardView;
  romanization: boolean;
  saveKey: string;
  onSave: () => void;
}

/** Everything a note says about a marked expression. All fields are pack text, shown as text. */
export function NoteCard({ card, romanization, saveKey, onSave }: Props) {
  const { note } = card;
  return (
    <>
      <div className="chips">
        <span className="chip category">{CATEGORY_LABELS[note.category]}</span>
        <span className="chip">{note.level}</span>
        {note.pitfall && <span className="chip pitfall">Often mistranslated</span>}
      </div>
      <p className="headword native" data-testid="nunchi-card-headword">
        {note.headword}
      </p>
      {romanization && <p className="reading">{note.reading}</p>}
      {note.forms.length > 0 && <p className="reading native">Also: {note.forms.join(' · ')}</p>}
      <dl>
        <dt>Literally</dt>
        <dd>{note.literal}</dd>
        <dt>Meaning</dt>
        <dd>{note.meaning}</dd>
        <dt>Culture</dt>
        <dd>{note.culture}</dd>
        <dt>Lost in translation</dt>
        <dd>{note.lost}</dd>
        <dt>Usage</dt>
        <dd>{note.usage}</dd>
        <dt>Example</dt>
        <dd className="example">
          <div className="native">{note.example.text}</div>
          <div className="translation">{note.example.translation}</div>
        </dd>
        {note.equivalents.length > 0 && (
          <>
            <dt>Equivalents</dt>
            <dd>
              {note.equivalents.map((e) => (
                <div key={`${e.lang}:${e.text}`}>
                  {LANGUAGE_LABELS[e.lang] ?? e.lang}: {e.text}
                </div>
              ))}
            </dd>
          </>
        )}
        {card.related.length > 0 && (
          <>
            <dt>Related</dt>
            <dd>
              {card.related.map((r) => (
                <div key={r.id}>
                  {LANGUAGE_LABELS[r.lang] ?? r.lang}: {r.headword ?? r.id}
                </div>
              ))}
            </dd>
          </>
        )}
        <dt>Sources</dt>
        <dd>{note.sources.join('; ')}</dd>
      </dl>
      <SaveRow saving={card.saving} saved={card.saved} saveKey={saveKey} onSave={onSave} />
    </>
  );
}
