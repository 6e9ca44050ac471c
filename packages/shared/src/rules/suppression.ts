/**
 * Small-number suppression for aggregate reports (commissioners see aggregates only). The one
 * rule, used by every report, its screen and its CSV:
 *
 * - a count from 1 to 4 is shown as "<5";
 * - every other count is rounded to the nearest 5, so a total minus the other cells never gives
 *   back a suppressed count ("no derivable totals"); 0 stays 0;
 * - a rate is worked out from the rounded counts (`publishedRate`), never the exact ones, and is
 *   hidden when its numerator shows as "<5" or its denominator is under 5: "97% of 100" would
 *   give away "3 were not", and even "45.5%" next to "5 of 10" gives away "5 of 11";
 * - a statistic (a mean, a median, an interval) is hidden when the count it is computed over is
 *   below 5;
 * - anything else derived from counts (money, weighted totals, capacity) is worked out from the
 *   published counts (`publishedCount`) or withheld.
 *
 * The rule behind all of these: nothing an aggregate-only caller receives may be a function of an
 * exact count that suppression would hide, because two answers (a day apart, or with an
 * assumption scaled by 1,000) can be combined to solve for it.
 * See docs/adr/0008-small-number-suppression.md.
 */
export const SUPPRESSED = '<5' as const;
export type Suppressed = typeof SUPPRESSED;

/** True for the counts that must never be shown: 1 to 4 (and a weighted count above 0 and under 5). */
export function isSmallCount(n: number): boolean {
  return n > 0 && n < 5;
}

/** A count as a commissioner may see it. */
export function suppressCount(n: number): number | Suppressed {
  if (isSmallCount(n)) return SUPPRESSED;
  return Math.round(n / 5) * 5;
}

/**
 * A count as a number an aggregate-only caller may have derived figures from: the rounded count,
 * or null when it shows as "<5" (nothing may then be derived from it).
 */
export function publishedCount(n: number): number | null {
  const shown = suppressCount(n);
  return shown === SUPPRESSED ? null : shown;
}

/**
 * A percentage as an aggregate-only caller may see it: worked out from the rounded numerator and
 * denominator, so it says nothing the two counts shown beside it do not. Null (hidden) when the
 * numerator is "<5" or the denominator is under 5. Whether it is hidden depends only on the
 * published counts, so even hiding it gives nothing away.
 */
export function publishedRate(numerator: number, denominator: number, decimals = 1): number | null {
  const top = publishedCount(numerator);
  const bottom = publishedCount(denominator);
  if (top === null || bottom === null || bottom === 0) return null;
  const factor = 10 ** decimals;
  return Math.round(((100 * top) / bottom) * factor) / factor;
}

/** Whether a statistic computed over `n` people or records may be shown. */
export function statisticIsShowable(n: number): boolean {
  return n >= 5;
}
