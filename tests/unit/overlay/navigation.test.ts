import { describe, expect, it } from 'vitest';
import { lineToPauseAt, PAUSE_LEAD_MS, stepTarget } from '../../../utils/overlay/navigation';

const track = [
  { text: 'a', startMs: 1000, endMs: 3000 },
  { text: 'b', startMs: 3500, endMs: 5000 },
  { text: 'c', startMs: 4000, endMs: 6000 },
  { text: 'd', startMs: 8000, endMs: 9000 },
];

describe('stepTarget', () => {
  it.each<[string, number, 'previous' | 'next' | 'replay', number | null]>([
    ['next from inside a line', 1500, 'next', 3500],
    ['next from between lines', 7000, 'next', 8000],
    ['next past the last line', 8500, 'next', null],
    ['previous from inside a line', 8500, 'previous', 4000],
    ['previous from between lines', 7000, 'previous', 4000],
    ['previous of overlapping lines goes before the earliest showing', 4500, 'previous', 1000],
    ['previous from the first line', 1500, 'previous', null],
    ['replay inside a line', 8500, 'replay', 8000],
    ['replay between lines takes the one that just ended', 7000, 'replay', 4000],
    ['replay before the first line', 500, 'replay', null],
  ])('%s', (_, now, step, expected) => {
    expect(stepTarget(track, now, step)).toBe(expected);
  });

  it('has nowhere to go in an empty track', () => {
    expect(stepTarget([], 0, 'next')).toBeNull();
    expect(stepTarget([], 0, 'replay')).toBeNull();
  });
});

describe('lineToPauseAt', () => {
  const lines = [{ key: 't1', endVideoMs: 3000 }];

  it('pauses just before a line ends, once', () => {
    expect(lineToPauseAt(lines, 3000 - PAUSE_LEAD_MS - 1, null)).toBeNull();
    expect(lineToPauseAt(lines, 3000 - PAUSE_LEAD_MS, null)).toBe('t1');
    expect(lineToPauseAt(lines, 2990, null)).toBe('t1');
    // After pausing there, playing on lets the line finish.
    expect(lineToPauseAt(lines, 2990, 't1')).toBeNull();
  });

  it('does not pause for a line that has already ended', () => {
    expect(lineToPauseAt(lines, 3000, null)).toBeNull();
    expect(lineToPauseAt([], 100, null)).toBeNull();
  });
});
