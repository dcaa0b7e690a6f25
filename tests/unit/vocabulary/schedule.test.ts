import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  formatWait,
  grade,
  isDue,
  MIN_EASE,
  newSchedule,
  preview,
  RELEARN_MS,
  type Grade,
  type Schedule,
} from '../../../utils/vocabulary/schedule';

const NOW = Date.UTC(2026, 0, 10, 12);
const card = (over: Partial<Schedule> = {}): Schedule => ({
  ...newSchedule(NOW - DAY_MS),
  ...over,
});

describe('grade', () => {
  // [case, schedule before, grade, interval after (days), ease after, reps after, lapses after]
  it.each<[string, Partial<Schedule>, Grade, number, number, number, number]>([
    ['new, Again', {}, 'again', 0, 2.3, 0, 0],
    ['new, Hard', {}, 'hard', 1, 2.35, 1, 0],
    ['new, Good', {}, 'good', 2, 2.5, 1, 0],
    ['new, Easy', {}, 'easy', 4, 2.65, 1, 0],
    ['seen once, Hard', { reps: 1, interval: 2 }, 'hard', 2, 2.35, 2, 0],
    ['seen once, Good', { reps: 1, interval: 2 }, 'good', 6, 2.5, 2, 0],
    ['seen once, Easy', { reps: 1, interval: 2 }, 'easy', 8, 2.65, 2, 0],
    ['learnt, Hard', { reps: 3, interval: 10 }, 'hard', 12, 2.35, 4, 0],
    ['learnt, Good: interval × ease', { reps: 3, interval: 10 }, 'good', 25, 2.5, 4, 0],
    ['learnt, Easy: Good × 1.3', { reps: 3, interval: 10 }, 'easy', 33, 2.65, 4, 0],
    ['learnt, Again: a lapse', { reps: 3, interval: 10, lapses: 1 }, 'again', 0, 2.3, 0, 2],
    ['relearning, Again: no second lapse', { reps: 0, lapses: 1 }, 'again', 0, 2.3, 0, 1],
    ['ease at the floor stays there', { reps: 3, interval: 10, ease: 1.3 }, 'hard', 12, 1.3, 4, 0],
    [
      'low ease: Good still one day over Hard',
      { reps: 2, interval: 1, ease: 1.3 },
      'good',
      2,
      1.3,
      3,
      0,
    ],
    [
      'low ease: Easy one day over Good',
      { reps: 2, interval: 1, ease: 1.3 },
      'easy',
      3,
      1.45,
      3,
      0,
    ],
    ['custom ease', { reps: 4, interval: 20, ease: 2.0 }, 'good', 40, 2.0, 5, 0],
  ])('%s', (_case, before, answer, interval, ease, reps, lapses) => {
    const after = grade(card(before), answer, NOW);
    expect(after).toEqual({
      due: NOW + (answer === 'again' ? RELEARN_MS : interval * DAY_MS),
      interval,
      ease,
      reps,
      lapses,
      reviewedAt: NOW,
    });
  });

  it('keeps Hard < Good < Easy along a run of good answers', () => {
    let s = newSchedule(NOW);
    for (let i = 0; i < 12; i++) {
      const p = preview(s);
      expect(p.again).toBeLessThan(p.hard);
      expect(p.hard).toBeLessThan(p.good);
      expect(p.good).toBeLessThan(p.easy);
      s = grade(s, 'good', s.due);
    }
    expect(s.interval).toBeGreaterThan(365);
  });

  it('never lets the ease fall below the floor', () => {
    let s = card({ reps: 2, interval: 5 });
    for (let i = 0; i < 20; i++) s = grade(s, i % 2 ? 'again' : 'hard', NOW + i);
    expect(s.ease).toBe(MIN_EASE);
  });

  it('previews exactly what grading does', () => {
    const s = card({ reps: 3, interval: 7, ease: 2.2 });
    const p = preview(s);
    for (const g of ['again', 'hard', 'good', 'easy'] as const) {
      expect(grade(s, g, NOW).due - NOW).toBe(p[g]);
    }
  });
});

describe('isDue', () => {
  it.each([
    [NOW - 1, true],
    [NOW, true],
    [NOW + 1, false],
  ])('due at %i: %s', (due, expected) => {
    expect(isDue(card({ due }), NOW)).toBe(expected);
  });

  it('a new card is due the moment it is saved', () => {
    expect(isDue(newSchedule(NOW), NOW)).toBe(true);
  });
});

describe('formatWait', () => {
  it.each([
    [0, '1 min'],
    [RELEARN_MS, '10 min'],
    [59 * 60_000, '59 min'],
    [5 * 3600_000, '5 h'],
    [DAY_MS, '1 d'],
    [25 * DAY_MS, '25 d'],
    [61 * DAY_MS, '2 mo'],
    [548 * DAY_MS, '1.5 y'],
  ])('%i ms is %s', (ms, label) => {
    expect(formatWait(ms)).toBe(label);
  });
});
