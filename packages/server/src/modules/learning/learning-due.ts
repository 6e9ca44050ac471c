import type { DueCourse } from '@kith/shared';

/** A renewal coming round within this many days is shown as due, so people can book it in time. */
export const DUE_SOON_DAYS = 30;

/** `iso` plus `months` calendar months, kept to the last day of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface CourseForDue {
  id: string;
  title: string;
  required: boolean;
  active: boolean;
  renewEveryMonths: number | null;
}

/**
 * What a person has to do (again): every active required course never completed (due now), or
 * whose last completion plus `renewEveryMonths` has passed (overdue) or falls within
 * {@link DUE_SOON_DAYS} (due, with the date). `lastCompleted` maps course id → latest ISO date.
 */
export function dueCourses(
  courses: readonly CourseForDue[],
  lastCompleted: ReadonlyMap<string, string>,
  today: string,
): DueCourse[] {
  const due: DueCourse[] = [];
  for (const course of courses) {
    if (!course.required || !course.active) continue;
    const last = lastCompleted.get(course.id) ?? null;
    if (last === null) {
      due.push({ courseId: course.id, title: course.title, status: 'due', dueOn: null, lastCompletedOn: null });
      continue;
    }
    if (course.renewEveryMonths === null) continue;
    const dueOn = addMonths(last, course.renewEveryMonths);
    if (dueOn <= today) {
      due.push({ courseId: course.id, title: course.title, status: 'overdue', dueOn, lastCompletedOn: last });
    } else if (dueOn <= addDays(today, DUE_SOON_DAYS)) {
      due.push({ courseId: course.id, title: course.title, status: 'due', dueOn, lastCompletedOn: last });
    }
  }
  return due;
}
