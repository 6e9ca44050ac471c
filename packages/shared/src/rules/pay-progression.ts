/**
 * Agenda for Change pay-point progression by date (domain reference, "Link worker workforce and
 * funding"): Band 4 reaches its top point after 3 years; Band 5 steps after 2 years and then 2
 * more; Band 6 after 2 and then 3.
 */
import { addYearsToDate } from './financial-year.ts';
import type { AfcBand } from './workforce-categories.ts';

/** Years spent on each pay point before the next, per band (domain reference): Band 5 has points 1→2 after 2 years, 2→3 after 2 more. */
export const PAY_STEP_YEARS: Record<AfcBand, readonly number[]> = { '4': [3], '5': [2, 2], '6': [2, 3] };

/** The top pay point of a band (Band 4 has 2 points; Bands 5 and 6 have 3). */
export function topPayPoint(band: AfcBand): number {
  return PAY_STEP_YEARS[band].length + 1;
}

/** A pay point and the date it applies from. */
export interface PayPointChange {
  point: number;
  from: string;
}

/**
 * The pay points a post moves through from its start date and starting point: each step is taken
 * on the anniversary that completes the years spent on the previous point.
 * A Band 5 post starting at point 1 on 2023-09-01 reaches point 2 on 2025-09-01 and point 3 on 2027-09-01.
 */
export function payPointChanges(band: AfcBand, startingPoint: number, startDate: string): PayPointChange[] {
  const steps = PAY_STEP_YEARS[band];
  const changes: PayPointChange[] = [{ point: startingPoint, from: startDate }];
  let from = startDate;
  for (let point = startingPoint; point < topPayPoint(band); point += 1) {
    from = addYearsToDate(from, steps[point - 1] ?? 0);
    changes.push({ point: point + 1, from });
  }
  return changes;
}

/** The pay point in effect on `date` (`YYYY-MM-DD`). */
export function payPointOn(band: AfcBand, startingPoint: number, startDate: string, date: string): number {
  let current = startingPoint;
  for (const change of payPointChanges(band, startingPoint, startDate)) {
    if (change.from <= date) current = change.point;
  }
  return current;
}
