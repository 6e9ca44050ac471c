import { UK_TIME_ZONE } from './uk-wall-clock.ts';

/**
 * Today's date as people in England read it: the calendar date in Europe/London (so just after
 * midnight in summer is already tomorrow, though UTC still says today). Worked out each time it
 * is asked, never once when a module loads, so a long-running server moves on at midnight.
 */

const ukDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The UK calendar date at `now`, as YYYY-MM-DD. */
export function ukToday(now: Date = new Date()): string {
  const parts = Object.fromEntries(ukDateFormat.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whole years from `dateOfBirth` to `on` (both YYYY-MM-DD); a 29 February birthday counts on 1 March in other years. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = on.split('-').map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/** The oldest age Kith accepts for a date of birth: anything older is almost certainly a typing slip. */
export const MAX_AGE_YEARS = 120;

/** Why a date of birth is implausible at `now`, or null when it is fine. `dateOfBirth` is a real YYYY-MM-DD date. */
export function dateOfBirthProblem(dateOfBirth: string, now: Date = new Date()): string | null {
  const today = ukToday(now);
  if (dateOfBirth > today) return 'Date of birth must be today or in the past';
  if (ageOn(dateOfBirth, today) > MAX_AGE_YEARS) return `Date of birth must be less than ${MAX_AGE_YEARS + 1} years ago`;
  return null;
}
