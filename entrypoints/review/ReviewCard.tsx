import { formatClock, safeLink } from '../../components/popup/format';
import { LANGUAGE_NAMES } from '../../components/shared/languages';
import type { VocabEntry } from '../../utils/vocabulary/db';
import { highlight } from '../../utils/vocabulary/highlight';
import { formatWait, GRADES, preview, type Grade } from '../../utils/vocabulary/schedule';

const GRADE_LABELS: Record<Grade, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

interface Props {
  entry: VocabEntry;
  revealed: boolean;
  /** "2 of 5": where the card is in the sitting. */
  place: string;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
}

/**
 * One card: a line the word was saved from, with the word marked (all text, never
 * markup); revealed, the term, reading, meaning, the way back to the scene, and the four grades
 * with how long each would put the card away.
 */
export function ReviewCard({ entry, revealed, place, onReveal, onGrade }: Props) {
  // A word saved from several lines shows another one at each successful review, newest first:
  // recalling it in a new sentence, not the memory of one sentence, is the point.
  const n = entry.contexts.length;
  const context = n ? entry.contexts[n - 1 - (entry.schedule.reps % n)] : undefined;
  const href = context && safeLink(context.url);
  const waits = preview(entry.schedule);
  return (
    <section className="review-card" data-testid="review-card" data-term={entry.term}>
      <p className="review-meta muted">
        <span className="review-lang">{LANGUAGE_NAMES[entry.lang]}</span>
        <span>{place}</span>
      </p>
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
          <div className="review-grades" role="group" aria-label="How well did you know it?">
            {GRADES.map((grade, i) => (
              <button
                key={grade}
                type="button"
                className={`grade grade-${grade}`}
                aria-keyshortcuts={String(i + 1)}
                title={`Key ${i + 1}`}
                onClick={() => onGrade(grade)}
              >
                <span className="grade-name">{GRADE_LABELS[grade]}</span>
                <span className="grade-wait">{formatWait(waits[grade])}</span>
              </button>
            ))}
          </div>
          <p className="review-keys muted">Keys 1–4 grade; Space or Enter counts as Good.</p>
        </div>
      ) : (
        <>
          <button type="button" className="primary" aria-keyshortcuts="Space" onClick={onReveal}>
            Show meaning
          </button>
          <p className="review-keys muted">Space or Enter shows the meaning.</p>
        </>
      )}
    </section>
  );
}
