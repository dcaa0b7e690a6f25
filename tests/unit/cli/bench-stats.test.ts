import { describe, expect, it } from 'vitest';
import { latencySummary, percentile, roundMs } from '../../../scripts/lib/bench-stats';

describe('percentile (nearest rank)', () => {
  const tenths = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
  it.each([
    [0, 1],
    [10, 1],
    [11, 2],
    [50, 5],
    [51, 6],
    [90, 9],
    [95, 10],
    [100, 10],
  ])('p%d of 1..10 is %d', (p, expected) => {
    expect(percentile(tenths, p)).toBe(expected);
  });

  it('is always one of the samples', () => {
    expect(percentile([1, 2], 50)).toBe(1);
    expect(percentile([1, 2], 75)).toBe(2);
  });

  it('p95 of 300 samples is the 285th smallest', () => {
    const values = Array.from({ length: 300 }, (_, i) => 300 - i);
    expect(percentile(values, 95)).toBe(285);
  });

  it('leaves its input in order', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no samples and ranks outside 0..100', () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 101)).toThrow(/outside/);
    expect(() => percentile([1], Number.NaN)).toThrow(/outside/);
  });
});

describe('latencySummary', () => {
  it('counts and rounds the median and p95 to hundredths', () => {
    const ms = Array.from({ length: 20 }, (_, i) => i + 1 + 0.123);
    expect(latencySummary(ms)).toEqual({ count: 20, p50Ms: 10.12, p95Ms: 19.12 });
  });

  it('roundMs keeps two decimals', () => {
    expect(roundMs(2.3456)).toBe(2.35);
    expect(roundMs(4.7)).toBe(4.7);
  });
});
