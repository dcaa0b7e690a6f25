/**
 * Nearest-rank percentile (`p` in 0..100) of some samples: always one of the samples, never an
 * interpolation between two, so a p95 of round trips is a round trip that really happened.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile ${p} is outside 0..100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Milliseconds to two decimals: finer digits are noise at this scale. */
export const roundMs = (ms: number): number => +ms.toFixed(2);

/** Count, median and p95 of round-trip times in ms. */
export function latencySummary(ms: readonly number[]) {
  return {
    count: ms.length,
    p50Ms: roundMs(percentile(ms, 50)),
    p95Ms: roundMs(percentile(ms, 95)),
  };
}
