import { WEEKDAYS, type Weekday } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';

/** The parts of an ORUK-style schedule (RRULE `FREQ`, `INTERVAL`, `BYDAY`) needed to say it in words. */
export interface ScheduleWords {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byday: readonly Weekday[];
  opensAt: string;
  closesAt: string;
  description?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
}

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Days in week order, each once. */
function sortDays(days: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((day) => days.includes(day));
}

/** Runs of three or more days in a row read as "Monday to Friday"; other days are listed. */
function dayPhrases(days: readonly Weekday[]): string[] {
  const indexes = sortDays(days).map((day) => WEEKDAYS.indexOf(day));
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === index - 1) run.push(index);
    else runs.push([index]);
  }
  const name = (index: number) => WEEKDAY_NAMES[WEEKDAYS[index] ?? 'MO'];
  return runs.flatMap((run) => {
    const first = run[0] ?? 0;
    const last = run[run.length - 1] ?? first;
    return run.length >= 3 ? [`${name(first)} to ${name(last)}`] : run.map((index) => `${name(index)}s`);
  });
}

function whichDays(schedule: ScheduleWords): string {
  const days = sortDays(schedule.byday);
  if (days.length === 0) return 'Days not given';
  if (schedule.freq === 'MONTHLY') {
    const singular = joinWords(days.map((day) => WEEKDAY_NAMES[day]));
    return schedule.interval > 1 ? `Every ${schedule.interval} months, on a ${singular}` : `Once a month, on a ${singular}`;
  }
  if (schedule.interval === 2) return `Every other ${joinWords(days.map((day) => WEEKDAY_NAMES[day]))}`;
  if (schedule.interval > 2)
    return `Every ${schedule.interval} weeks on ${joinWords(days.map((day) => `${WEEKDAY_NAMES[day]}s`))}`;
  if (days.length === 7) return 'Every day';
  return joinWords(dayPhrases(days));
}

/**
 * One opening pattern in plain words, as the NHS style guide prefers to a grid of codes:
 * "Mondays and Wednesdays, 10:00 to 12:00", "Monday to Friday, 09:00 to 17:00",
 * "Every other Tuesday, 14:00 to 16:00 (term time only), until 31 July 2026".
 */
export function describeSchedule(schedule: ScheduleWords): string {
  let words = `${whichDays(schedule)}, ${schedule.opensAt} to ${schedule.closesAt}`;
  const note = schedule.description?.trim();
  if (note) words += ` (${note})`;
  if (schedule.validFrom && schedule.validTo) {
    words += `, from ${formatCalendarDate(schedule.validFrom)} until ${formatCalendarDate(schedule.validTo)}`;
  } else if (schedule.validFrom) {
    words += `, from ${formatCalendarDate(schedule.validFrom)}`;
  } else if (schedule.validTo) {
    words += `, until ${formatCalendarDate(schedule.validTo)}`;
  }
  return words;
}
