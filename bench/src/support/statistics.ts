/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of an empty list');
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function maximum(values: readonly number[]): number {
  if (values.length === 0) throw new Error('maximum of an empty list');
  return Math.max(...values);
}

/** subject ÷ baseline, or null when the baseline is zero and a ratio would mean nothing. */
export function ratio(subject: number, baseline: number): number | null {
  return baseline === 0 ? null : subject / baseline;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The `p`th percentile (0–100) of a non-empty list, interpolating linearly between the two
 * nearest ranks (the same definition as NumPy's default and PostgreSQL's percentile_cont).
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const position = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  return low + ((sorted[upper] as number) - low) * (position - lower);
}
