import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { LANGUAGE_NAMES } from '../../components/shared/languages';
import { LANGUAGES, type Language } from '../../utils/notes/schema';
import type { VocabDb } from '../../utils/vocabulary/db';
import { recordGrade } from '../../utils/vocabulary/repository';
import { formatWait, isDue, type Grade } from '../../utils/vocabulary/schedule';
import { ReviewCard } from './ReviewCard';
import { shuffled } from './shuffle';

interface Props {
  db: VocabDb;
  /** The clock; injectable for tests. */
  now?: () => number;
  /** Order of the cards when practising ahead; injectable for tests. */
  random?: () => number;
}

type Filter = Language | 'all';

/** Cards dealt for one sitting: the due ones, or every card when practising ahead. */
interface Session {
  ids: number[];
  ahead: boolean;
}

const KEY_GRADES: Record<string, Grade> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

/**
 * Drilling saved words. A sitting deals the cards that are due, most overdue first; each shows a
 * line the word was saved from, with the word marked; revealing it shows the meaning and the way
 * back to the scene, and the viewer grades their recall (see utils/vocabulary/schedule.ts). A card
 * graded Again comes back at the end of the sitting. With nothing due, the page says when the
 * next card is and offers to practise all of them anyway.
 */
export function ReviewApp({ db, now = Date.now, random }: Props) {
  const entries = useLiveQuery(() => db.entries.toArray(), [db]);
  const [filter, setFilter] = useState<Filter>('all');
  const [session, setSession] = useState<Session | null>(null);
  const [position, setPosition] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [reviewed, setReviewed] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  const clock = now();
  const pool = (entries ?? []).filter((e) => filter === 'all' || e.lang === filter);
  const due = pool.filter((e) => isDue(e.schedule, clock));

  const deal = (ahead: boolean) => {
    const ids = ahead
      ? shuffled(
          pool.map((e) => e.id),
          random,
        )
      : [...due].sort((a, b) => a.schedule.due - b.schedule.due).map((e) => e.id);
    setSession({ ids, ahead });
    setPosition(0);
    setRevealed(false);
    setReviewed(0);
  };
  // Dealt once when the words arrive (and on request), so a word saved meanwhile does not
  // reshuffle the cards under the viewer.
  if (session === null && entries) deal(false);

  const byId = new Map(entries?.map((e) => [e.id, e]));
  const card = session && byId.get(session.ids[position] ?? -1);

  const answer = (grade: Grade) => {
    if (!card || !session) return;
    setFailure(null);
    recordGrade(db, card.id, grade, now()).catch((e: unknown) =>
      setFailure(`Could not save the grade: ${e instanceof Error ? e.message : String(e)}`),
    );
    if (grade === 'again') setSession({ ...session, ids: [...session.ids, card.id] });
    setReviewed((n) => n + 1);
    setRevealed(false);
    setPosition((p) => p + 1);
  };

  // The key handler reads the latest state through a ref, so it is attached once.
  const keys = useRef({ card, revealed, answer });
  useLayoutEffect(() => {
    keys.current = { card, revealed, answer };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      // A focused control handles its own Space/Enter (and a text field its digits).
      if (event.target instanceof Element && event.target.closest('button, a, input, select')) {
        return;
      }
      const { card, revealed, answer } = keys.current;
      if (!card) return;
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        // Like Anki: the key that shows the answer then counts as Good.
        if (revealed) answer('good');
        else setRevealed(true);
      } else if (revealed && event.key in KEY_GRADES) {
        event.preventDefault();
        answer(KEY_GRADES[event.key]!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (entries === undefined) return <main className="review" />;
  const languages = LANGUAGES.filter((lang) => entries.some((e) => e.lang === lang));
  const nextDue = pool.reduce((min, e) => Math.min(min, e.schedule.due), Infinity);

  return (
    <main className="review">
      <header className="review-header">
        <h1>
          <span className="brand-mark" aria-hidden="true">
            눈
          </span>
          Review
        </h1>
        {pool.length > 0 && (
          <span className="review-count" data-testid="review-count">
            {due.length} due of {pool.length}
          </span>
        )}
      </header>
      {languages.length > 1 && (
        <div className="review-filter" role="group" aria-label="Language">
          {(['all', ...languages] as const).map((lang) => (
            <button
              key={lang}
              type="button"
              aria-pressed={filter === lang}
              onClick={() => {
                setFilter(lang);
                setSession(null);
              }}
            >
              {lang === 'all' ? 'All' : LANGUAGE_NAMES[lang]}
            </button>
          ))}
        </div>
      )}
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="muted">
          Nothing to review yet. Words you save from a video’s subtitles show up here.
        </p>
      ) : card ? (
        <ReviewCard
          entry={card}
          revealed={revealed}
          place={`${position + 1} of ${session.ids.length}${session.ahead ? ' · practising ahead' : ''}`}
          onReveal={() => setRevealed(true)}
          onGrade={answer}
        />
      ) : (
        <section className="review-card done" data-testid="review-done">
          {reviewed > 0 && (
            <p>
              Done: {reviewed} {reviewed === 1 ? 'card' : 'cards'} reviewed.
            </p>
          )}
          {due.length > 0 ? (
            <>
              <p>
                {due.length} {due.length === 1 ? 'card is' : 'cards are'} due.
              </p>
              <button type="button" className="primary" onClick={() => deal(false)}>
                Review the due cards
              </button>
            </>
          ) : (
            <>
              <p>
                Nothing is due right now
                {Number.isFinite(nextDue) &&
                  `; the next card is due in ${formatWait(nextDue - clock)}`}
                .
              </p>
              <button type="button" className="primary" onClick={() => deal(true)}>
                Practise anyway
              </button>
              <p className="muted">Grades given while practising ahead still move the cards.</p>
            </>
          )}
        </section>
      )}
    </main>
  );
}
