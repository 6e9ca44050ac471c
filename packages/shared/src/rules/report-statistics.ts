/**
 * Statistics for the impact reports, computed from the aggregates SQL returns (count, mean,
 * sample standard deviation) so they work at any scale. Intervals use the normal approximation
 * (mean ± 1.96 × sd / √n): simple, and hand-computable for the fixture tests.
 */
export const Z_95 = 1.96;

export interface MeanSummary {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null when n < 2. */
  sd: number | null;
}

export interface Interval {
  low: number;
  high: number;
}

/** 95% interval of a mean, or null when it cannot be computed (n < 2). */
export function meanInterval95(summary: MeanSummary): Interval | null {
  if (summary.mean === null || summary.sd === null || summary.n < 2) return null;
  const half = (Z_95 * summary.sd) / Math.sqrt(summary.n);
  return { low: summary.mean - half, high: summary.mean + half };
}

/** Rounds half away from zero to `places` decimals (reports show 2 for means, 1 for percentages). */
export function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

/** A percentage to 1 decimal place, or null when the denominator is 0. */
export function percentage(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return roundTo((100 * numerator) / denominator, 1);
}

/** The median of already sorted-or-not values; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
