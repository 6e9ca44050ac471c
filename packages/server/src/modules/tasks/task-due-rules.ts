import { addBusinessDays, ukOffsetMs, ukToday } from '@kith/shared';

/**
 * When generated tasks fall due. One place for the defaults (docs/tasks.md lists them); the
 * acknowledgement window and the supervision interval come from the configuration their own
 * modules already use, so the task list and those modules never disagree.
 */
export interface TaskDuePolicy {
  /** First successful contact is due this many days after allocation. */
  firstContactWithinDays: number;
  /** After a successful contact, the next one is due this many days later (as the caseload's "no contact for 14 days"). */
  contactEveryDays: number;
  /** The baseline outcome measure is due this many days after the case becomes active. */
  baselineWithinDays: number;
  /** Generated tasks due further ahead than this stay off the list until they come closer. */
  showAheadDays: number;
  /** KITH_ONWARD_ACK_BUSINESS_DAYS: a provider's window to acknowledge an onward referral. */
  acknowledgeWithinBusinessDays: number;
  /** KITH_SUPERVISION_DUE_WEEKS / _OVERDUE_WEEKS, read by supervisionStatus. */
  supervision: { dueAfterWeeks: number; overdueAfterWeeks: number };
}

/** The defaults, matching config.ts's defaults for the two configured values. */
export const DEFAULT_TASK_DUE_POLICY: TaskDuePolicy = {
  firstContactWithinDays: 7,
  contactEveryDays: 14,
  baselineWithinDays: 7,
  showAheadDays: 7,
  acknowledgeWithinBusinessDays: 5,
  supervision: { dueAfterWeeks: 4, overdueAfterWeeks: 6 },
};

/** The defaults with the two configured values (`app.kith.config`) put in. */
export function taskDuePolicyFrom(config: {
  directory: { acknowledgeWithinBusinessDays: number };
  supervision: { dueAfterWeeks: number; overdueAfterWeeks: number };
}): TaskDuePolicy {
  return {
    ...DEFAULT_TASK_DUE_POLICY,
    acknowledgeWithinBusinessDays: config.directory.acknowledgeWithinBusinessDays,
    supervision: { ...config.supervision },
  };
}

const DAY_MS = 86_400_000;

/** `iso` (YYYY-MM-DD) plus `days` calendar days, counted in UTC so clock changes cannot skew it. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** UK offset (ms) through each UTC day, or null on the two days a year the clocks change. */
const steadyOffsetByUtcDay = new Map<number, number | null>();
const OFFSET_CACHE_DAYS = 4096;

function steadyOffset(utcDay: number): number | null {
  let offset = steadyOffsetByUtcDay.get(utcDay);
  if (offset === undefined) {
    const atStart = ukOffsetMs(new Date(utcDay * DAY_MS));
    const atEnd = ukOffsetMs(new Date((utcDay + 1) * DAY_MS - 1000));
    offset = atStart === atEnd ? atStart : null;
    if (steadyOffsetByUtcDay.size >= OFFSET_CACHE_DAYS) steadyOffsetByUtcDay.clear();
    steadyOffsetByUtcDay.set(utcDay, offset);
  }
  return offset;
}

/**
 * The calendar day (Europe/London) an instant fell on: a 00:30 BST contact counts for that day.
 * A list reads hundreds of these, so Intl is asked once per UTC day for that day's offset (the
 * clocks change at most once in a day); on a clock-change day it is asked for the instant itself.
 */
export function londonDay(instant: Date): string {
  const offset = steadyOffset(Math.floor(instant.getTime() / DAY_MS));
  if (offset === null) return ukToday(instant);
  return new Date(instant.getTime() + offset).toISOString().slice(0, 10);
}

/** Open and due before today. Snoozing hides a task; it does not move its due date. */
export function isOverdue(dueOn: string, status: 'open' | 'done', today: string): boolean {
  return status === 'open' && dueOn < today;
}

/** Whether a generated task due on `dueOn` is near enough to be on today's list. */
export function isWithinShowAhead(dueOn: string, today: string, policy: TaskDuePolicy): boolean {
  return dueOn <= addDays(today, policy.showAheadDays);
}

/** Whether an open task is hidden today because it was snoozed to a later day. */
export function isSnoozed(snoozedUntil: string | null, today: string): boolean {
  return snoozedUntil !== null && snoozedUntil > today;
}

/**
 * When the next contact is due: the first within `firstContactWithinDays` of allocation, then
 * every `contactEveryDays` after the last successful one.
 */
export function contactDueOn(input: { allocatedOn: string; lastContactOn: string | null }, policy: TaskDuePolicy): string {
  return input.lastContactOn === null
    ? addDays(input.allocatedOn, policy.firstContactWithinDays)
    : addDays(input.lastContactOn, policy.contactEveryDays);
}

/** When a provider's acknowledgement becomes overdue: N business days (England) after sending. */
export function acknowledgementDueOn(sentAt: Date, policy: TaskDuePolicy): string {
  return londonDay(addBusinessDays(sentAt, policy.acknowledgeWithinBusinessDays));
}

/** Which of a task list's due groups a task falls in on `today`. */
export function dueGroup(dueOn: string, today: string): 'overdue' | 'today' | 'upcoming' {
  if (dueOn < today) return 'overdue';
  return dueOn === today ? 'today' : 'upcoming';
}

/** The due filter of `GET /api/tasks`: `week` is today and the six days after. */
export function matchesDueFilter(dueOn: string, today: string, due: 'overdue' | 'today' | 'week' | 'all'): boolean {
  if (due === 'overdue') return dueOn < today;
  if (due === 'today') return dueOn === today;
  if (due === 'week') return dueOn >= today && dueOn <= addDays(today, 6);
  return true;
}
