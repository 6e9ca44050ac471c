/**
 * Small-number suppression for aggregate reports (commissioners see aggregates only). The one
 * rule, used by every report, its screen and its CSV:
 *
 * - a count from 1 to 4 is shown as "<5";
 * - every other count is rounded to the nearest 5, so a total minus the other cells never gives
 *   back a suppressed count ("no derivable totals"); 0 stays 0;
 * - a rate is hidden when its numerator, its denominator, or the complement (denominator −
 *   numerator) is from 1 to 4, because "97% of 100" gives away "3 were not";
 * - a statistic (a mean, a median, an interval) is hidden when the count it is computed over is
 *   below 5.
 *
 * See docs/adr/0008-small-number-suppression.md.
 */
export const SUPPRESSED = '<5' as const;
export type Suppressed = typeof SUPPRESSED;

/** True for the counts that must never be shown: 1 to 4. */
export function isSmallCount(n: number): boolean {
  return n >= 1 && n <= 4;
}

/** A count as a commissioner may see it. */
export function suppressCount(n: number): number | Suppressed {
  if (isSmallCount(n)) return SUPPRESSED;
  return Math.round(n / 5) * 5;
}

/** Whether a rate computed from these raw counts may be shown. */
export function rateIsShowable(numerator: number, denominator: number): boolean {
  if (denominator < 5) return false;
  return !isSmallCount(numerator) && !isSmallCount(denominator - numerator);
}

/** Whether a statistic computed over `n` people or records may be shown. */
export function statisticIsShowable(n: number): boolean {
  return n >= 5;
}
