import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { safeLink, formatClock } from '../../components/popup/format';
import { LANGUAGE_NAMES } from '../../components/shared/languages';
import type { VocabDb, VocabEntry } from '../../utils/vocabulary/db';
import { highlight, shuffled } from './highlight';

interface Props {
  db: VocabDb;
  random?: () => number;
}

/**
 * Practice with saved words: each card shows a line the word was saved from, with the word
 * marked; revealing it shows the dictionary form, reading, meaning and the way back to the scene.
 */
export function ReviewApp({ db, random }: Props) {
  const entries = useLiveQuery(() => db.entries.toArray(), [db]);
  const [deck, setDeck] = useState<number[] | null>(null);
  const [position, setPosition] = useState(0);
  const [revealed, setRevealed] = useState(false);

  // Dealt once when the words arrive (and again on request), so a word saved meanwhile does not
  // reshuffle the cards under the viewer.
  if (deck === null && entries)
    setDeck(
      shuffled(
        entries.map((e) => e.id),
        random,
      ),
    );
  const byId = new Map(entries?.map((e) => [e.id, e]));
  const cards = (deck ?? []).map((id) => byId.get(id)).filter((e): e is VocabEntry => !!e);
  const card = cards[position];

  const next = () => {
    setRevealed(false);
    setPosition((p) => p + 1);
  };
  const again = () => {
    setRevealed(false);
    setPosition(0);
    setDeck(shuffled(entries?.map((e) => e.id) ?? [], random));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' && event.key !== 'Enter') return;
      event.preventDefault();
      if (revealed) next();
      else setRevealed(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed]);

  if (entries === undefined) return <main className="review" />;
  return (
    <main className="review">
      <header className="review-header">
        <h1>
          <span className="brand-mark" aria-hidden="true">
            눈
          </span>
          Review
        </h1>
        {cards.length > 0 && card && (
          <span className="muted">
            {position + 1} of {cards.length}
          </span>
        )}
      </header>
      {cards.length === 0 ? (
        <p className="muted">
          Nothing to review yet. Words you save from a video’s subtitles show up here.
        </p>
      ) : !card ? (
        <section className="review-card done">
          <p>You went through all {cards.length} saved words.</p>
          <button type="button" className="primary" onClick={again}>
            Shuffle and start again
          </button>
        </section>
      ) : (
        <Card entry={card} revealed={revealed} onReveal={() => setRevealed(true)} onNext={next} />
      )}
    </main>
  );
}

function Card(props: {
  entry: VocabEntry;
  revealed: boolean;
  onReveal: () => void;
  onNext: () => void;
}) {
  const { entry, revealed } = props;
  const context = entry.contexts.at(-1);
  const href = context && safeLink(context.url);
  return (
    <section className="review-card" data-testid="review-card" data-term={entry.term}>
      <p className="review-lang muted">{LANGUAGE_NAMES[entry.lang]}</p>
      {context ? (
        <div className="review-lines" lang={entry.lang}>
          {context.prev && <p className="review-side">{context.prev}</p>}
          <p className="review-line">
            {highlight(context.line, [entry.surface, entry.term, entry.lemma]).map((part, i) =>
              part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
            )}
          </p>
          {context.next && <p className="review-side">{context.next}</p>}
        </div>
      ) : (
        <p className="review-line" lang={entry.lang}>
          {entry.term}
        </p>
      )}
      {revealed ? (
        <div className="review-answer" data-testid="review-answer">
          <p>
            <strong lang={entry.lang}>{entry.term}</strong>
            {entry.reading && <span className="muted"> {entry.reading}</span>}
          </p>
          {entry.gloss && <p>{entry.gloss}</p>}
          {context && (
            <p className="muted">
              {href ? (
                <a href={href} target="_blank" rel="noreferrer">
                  {context.title || context.site}
                </a>
              ) : (
                context.title || context.site
              )}
              {context.startMs !== undefined && ` · ${formatClock(context.startMs)}`}
            </p>
          )}
          <button type="button" className="primary" onClick={props.onNext}>
            Next
          </button>
        </div>
      ) : (
        <button type="button" className="primary" onClick={props.onReveal}>
          Show meaning
        </button>
      )}
    </section>
  );
}
