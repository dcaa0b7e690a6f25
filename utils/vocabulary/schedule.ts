/**
 * When a saved word comes back for review: a small SM-2-style schedule (the algorithm behind
 * SuperMemo 2 and, in spirit, Anki), kept pure so it runs in Node and is tested as a table. The
 * caller passes the clock (`now`, epoch ms); nothing here reads the time.
 *
 * The four grades, after the viewer has seen the answer:
 * - **Again** — forgotten. The card comes back in 10 minutes (later in the same session), counts
 *   as a lapse if it had been learnt, and its ease drops by 0.2.
 * - **Hard** — recalled with effort: the interval grows by 1.2× only (a new card: 1 day), and
 *   the ease drops by 0.15.
 * - **Good** — recalled: a new card waits 2 days, a card seen once 6 days, after that the
 *   interval is multiplied by the card's ease (2.5 to start with).
 * - **Easy** — effortless: 4 days for a new card, else Good's interval × 1.3; the ease rises by
 *   0.15.
 * Hard < Good < Easy always (each at least one day more than the one before), and the ease never
 * falls below 1.3, SM-2's floor, so a hard card still spreads out.
 */

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export interface Schedule {
  /** When the card is next due, epoch ms. */
  due: number;
  /** Days between the last review and `due`; 0 while the card is new or relearning. */
  interval: number;
  /** Growth factor of the interval on Good (SM-2's E-factor). */
  ease: number;
  /** Reviews in a row not graded Again. */
  reps: number;
  /** Times a learnt card was forgotten. */
  lapses: number;
  /** When it was last graded; absent while the card is new. */
  reviewedAt?: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const RELEARN_MS = 10 * 60 * 1000;
const START_EASE = 2.5;
export const MIN_EASE = 1.3;
const HARD_FACTOR = 1.2;
const EASY_BONUS = 1.3;

/** A word just saved: due at once. */
export function newSchedule(now: number): Schedule {
  return { due: now, interval: 0, ease: START_EASE, reps: 0, lapses: 0 };
}

/** The schedule after grading the card at `now`. */
export function grade(current: Schedule, answer: Grade, now: number): Schedule {
  if (answer === 'again') {
    return {
      due: now + RELEARN_MS,
      interval: 0,
      ease: easeOf(current.ease - 0.2),
      reps: 0,
      lapses: current.lapses + (current.reps > 0 ? 1 : 0),
      reviewedAt: now,
    };
  }
  const days = intervals(current);
  const interval = days[answer];
  const ease =
    answer === 'hard'
      ? easeOf(current.ease - 0.15)
      : answer === 'easy'
        ? easeOf(current.ease + 0.15)
        : current.ease;
  return {
    due: now + interval * DAY_MS,
    interval,
    ease,
    reps: current.reps + 1,
    lapses: current.lapses,
    reviewedAt: now,
  };
}

/** How long each grade would put the card away, in ms: the labels under the grade buttons. */
export function preview(current: Schedule): Record<Grade, number> {
  const days = intervals(current);
  return {
    again: RELEARN_MS,
    hard: days.hard * DAY_MS,
    good: days.good * DAY_MS,
    easy: days.easy * DAY_MS,
  };
}

export function isDue(schedule: Schedule, now: number): boolean {
  return schedule.due <= now;
}

/** "10 min", "5 h", "3 d", "2 mo", "1.5 y": a wait, as short as a button label allows. */
export function formatWait(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(ms / DAY_MS);
  if (days < 31) return `${days} d`;
  if (days < 365) return `${Math.round(days / 30.4)} mo`;
  return `${Math.round((days / 365) * 10) / 10} y`;
}

function intervals(current: Schedule): Record<'hard' | 'good' | 'easy', number> {
  const fresh = current.reps === 0;
  const hard = fresh ? 1 : Math.max(1, Math.round(current.interval * HARD_FACTOR));
  const goodRaw = fresh ? 2 : current.reps === 1 ? 6 : Math.round(current.interval * current.ease);
  const good = Math.max(hard + 1, goodRaw);
  const easy = Math.max(good + 1, fresh ? 4 : Math.round(good * EASY_BONUS));
  return { hard, good, easy };
}

function easeOf(value: number): number {
  // Rounded so repeated ±0.15 steps do not pile up float noise in the stored value.
  return Math.max(MIN_EASE, Math.round(value * 100) / 100);
}
