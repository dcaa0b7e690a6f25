import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { LANGUAGE_NAMES } from '../../components/shared/languages';
import { LANGUAGES, type Language } from '../../utils/notes/schema';
import type { VocabDb } from '../../utils/vocabulary/db';
import { recordGrade, restoreSchedule } from '../../utils/vocabulary/repository';
import { formatWait, isDue, type Grade, type Schedule } from '../../utils/vocabulary/schedule';
import { ReviewCard } from './ReviewCard';
import { shuffled } from './shuffle';
import { errorMessage } from '../../utils/error-message';

interface Props {
  db: VocabDb;
  /** The clock; injectable for tests. */
  now?: () => number;
  /** Order of the cards when practising ahead; injectable for tests. */
  random?: () => number;
}

type Filter = Language | 'all';

/** One sitting: the cards dealt (the due ones, or every card when practising ahead). */
interface Sitting {
  ids: number[];
  ahead: boolean;
  /** How many cards were dealt; the ids after them are cards graded Again, to see once more. */
  dealt: number;
  /** Index in `ids` of the card on screen. */
  position: number;
  reviewed: number;
  /** The sitting before the last grade, with the card's schedule then: what Undo puts back. */
  undo?: { sitting: Sitting; id: number; schedule: Schedule };
}

const KEY_GRADES: Partial<Record<string, Grade>> = {
  '1': 'again',
  '2': 'hard',
  '3': 'good',
  '4': 'easy',
};

/**
 * Drilling saved words. A sitting deals the cards that are due, most overdue first; each shows a
 * line the word was saved from, with the word marked; revealing it shows the meaning and the way
 * back to the scene, and the viewer grades their recall (see utils/vocabulary/schedule.ts). A card
 * graded Again comes back at the end of the sitting; the last grade can be undone. With nothing
 * due, the page says when the next card is and offers to practise all of them anyway.
 */
export function ReviewApp({ db, now = Date.now, random }: Props) {
  const entries = useLiveQuery(() => db.entries.toArray(), [db]);
  const [filter, setFilter] = useState<Filter>('all');
  const [sitting, setSitting] = useState<Sitting | null>(null);
  const [revealed, setRevealed] = useState(false);
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
    setSitting({ ids, ahead, dealt: ids.length, position: 0, reviewed: 0 });
    setRevealed(false);
  };
  // Dealt once when the words arrive (and on request), so a word saved meanwhile does not
  // reshuffle the cards under the viewer.
  if (sitting === null && entries) deal(false);

  const byId = new Map(entries?.map((e) => [e.id, e]));
  // A card deleted from the popup during the sitting is skipped.
  let position = sitting?.position ?? 0;
  while (sitting && position < sitting.ids.length && !byId.has(sitting.ids[position]!)) position++;
  const card = sitting ? byId.get(sitting.ids[position] ?? -1) : undefined;
  // Cards graded Again in this sitting (queued after the cards dealt) come back before the end.
  const relearn = sitting
    ? new Set(sitting.ids.slice(Math.max(position, sitting.dealt)).filter((id) => byId.has(id)))
        .size
    : 0;

  const report = (what: string) => (e: unknown) =>
    setFailure(`Could not ${what}: ${errorMessage(e)}`);

  const answer = (grade: Grade) => {
    if (!card || !sitting) return;
    setFailure(null);
    recordGrade(db, card.id, grade, now()).catch(report('save the grade'));
    setSitting({
      ...sitting,
      ids: grade === 'again' ? [...sitting.ids, card.id] : sitting.ids,
      position: position + 1,
      reviewed: sitting.reviewed + 1,
      undo: { sitting: { ...sitting, position }, id: card.id, schedule: card.schedule },
    });
    setRevealed(false);
  };

  const undo = () => {
    const last = sitting?.undo;
    if (!last) return;
    setFailure(null);
    restoreSchedule(db, last.id, last.schedule).catch(report('undo the grade'));
    setSitting(last.sitting);
    setRevealed(false);
  };

  // The key handler reads the latest state through a ref, so it is attached once.
  const keys = useRef({ card, revealed, answer, undo });
  useLayoutEffect(() => {
    keys.current = { card, revealed, answer, undo };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.repeat) return;
      const { card, revealed, answer, undo } = keys.current;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        undo();
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      // A focused control handles its own Space/Enter (and a text field its digits).
      if (event.target instanceof Element && event.target.closest('button, a, input, select')) {
        return;
      }
      if (!card) return;
      const grade = Object.hasOwn(KEY_GRADES, event.key) ? KEY_GRADES[event.key] : undefined;
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        // Like Anki: the key that shows the answer then counts as Good.
        if (revealed) answer('good');
        else setRevealed(true);
      } else if (revealed && grade) {
        event.preventDefault();
        answer(grade);
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
            {relearn > 0 && ` · ${relearn} to relearn`}
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
                setSitting(null);
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
      {sitting?.undo && (
        <button type="button" className="link review-undo" onClick={undo}>
          Undo the last grade (Ctrl+Z)
        </button>
      )}
      {entries.length === 0 ? (
        <p className="muted">
          Nothing to review yet. Words you save from a video’s subtitles show up here.
        </p>
      ) : sitting && card ? (
        <ReviewCard
          entry={card}
          revealed={revealed}
          place={`${place(sitting.ids, position, byId)}${sitting.ahead ? ' · practising ahead' : ''}`}
          onReveal={() => setRevealed(true)}
          onGrade={answer}
        />
      ) : (
        <section className="review-card done" data-testid="review-done">
          {!!sitting?.reviewed && (
            <p>
              Done: {sitting.reviewed} {sitting.reviewed === 1 ? 'card' : 'cards'} reviewed.
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

/** "2 of 5", counting only the cards still saved. */
function place(ids: readonly number[], position: number, saved: ReadonlyMap<number, unknown>) {
  const live = (list: readonly number[]) => list.filter((id) => saved.has(id)).length;
  return `${live(ids.slice(0, position)) + 1} of ${live(ids)}`;
}
