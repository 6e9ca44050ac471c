import { happenedAtProblem, readUkDateTime } from '@kith/shared';
import type { FormIssue } from '../../api/form-issues.ts';
import { type DateParts, EMPTY_DATE_PARTS, readDateParts } from '../../components/date-parts.ts';

/** The date boxes and time box of "when it happened", as typed. Both blank means "just now". */
export interface HappenedAtValues {
  date: DateParts;
  time: string;
}

export const EMPTY_HAPPENED_AT: HappenedAtValues = { date: EMPTY_DATE_PARTS, time: '' };

/** Where the problems go: the date boxes carry the server's name for the field, the time box its own. */
export interface HappenedAtPaths {
  /** The request field (`occurredAt`, `recordedAt`): the date boxes, and the server's problems. */
  field: string;
  time: string;
}

/** What "when it happened" is checked against: when the referral was received, and now. */
export interface HappenedAtContext {
  receivedAt: string;
  now: Date;
}

export type HappenedAtReading = { kind: 'now' } | { kind: 'at'; iso: string } | { kind: 'invalid'; issues: FormIssue[] };

const TIME = /^(\d{1,2})[:.](\d{2})$/;

/**
 * Reads the date and time (UK time, 24-hour clock) as an instant and checks it with the same rule
 * as the server: not in the future, not before the referral was received. On the night the clocks
 * go back, a time between 01:00 and 01:59 happens twice; the first is taken, as an hour either
 * way does not change what happened when for a contact or a questionnaire.
 */
export function readHappenedAt(
  values: HappenedAtValues,
  { what, paths, receivedAt, now }: HappenedAtContext & { what: string; paths: HappenedAtPaths },
): HappenedAtReading {
  const date = readDateParts(values.date, 'date');
  const time = values.time.trim();
  if (date.kind === 'empty' && time === '') return { kind: 'now' };

  const issues: FormIssue[] = [];
  if (date.kind === 'empty') issues.push({ path: paths.field, message: 'Enter the date as well as the time' });
  if (date.kind === 'invalid') issues.push({ path: paths.field, message: date.message });
  const match = TIME.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (time === '') issues.push({ path: paths.time, message: 'Enter the time as well as the date, like 14:30' });
  else if (!match || hours > 23 || minutes > 59) {
    issues.push({ path: paths.time, message: 'Enter a real time on the 24-hour clock, like 09:15 or 14:30' });
  }
  if (issues.length > 0 || date.kind !== 'date') return { kind: 'invalid', issues };

  const wallClock = `${date.iso}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  const read = readUkDateTime(wallClock);
  if (read.kind === 'skipped') {
    return {
      kind: 'invalid',
      issues: [{ path: paths.time, message: 'That time did not happen: the clocks went forward an hour that night' }],
    };
  }
  if (read.kind !== 'unique' && read.kind !== 'repeated') {
    return { kind: 'invalid', issues: [{ path: paths.field, message: 'Enter a real date' }] };
  }
  const instant = read.kind === 'unique' ? read.reading.instant : read.first.instant;
  const problem = happenedAtProblem(what, instant, { receivedAt: new Date(receivedAt), now });
  if (problem) return { kind: 'invalid', issues: [{ path: paths.field, message: problem }] };
  return { kind: 'at', iso: instant.toISOString() };
}
