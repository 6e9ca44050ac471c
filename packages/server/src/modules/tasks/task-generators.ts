import type { GeneratedTaskKind } from '@kith/shared';
import { daysBetween, supervisionStatus } from '../supervision/supervision-status.ts';
import {
  acknowledgementDueOn,
  addDays,
  contactDueOn,
  isWithinShowAhead,
  londonDay,
  type TaskDuePolicy,
} from './task-due-rules.ts';
import type { CaseSource, OnwardSource, SupervisionSource } from './task-source-repository.ts';

/**
 * A task worked out from the records. Its `sourceKey` names the kind, the record and whatever
 * makes this occurrence distinct (usually its due date), so a completed review does not hide the
 * next one, and a changed date makes a new task.
 */
export interface GeneratedTask {
  sourceKey: string;
  kind: GeneratedTaskKind;
  title: string;
  dueOn: string;
  link: string;
  organisationId: string;
  personId: string | null;
  referralId: string | null;
}

/** Action text is the worker's own words; a line of it is enough for a list. */
const ACTION_TITLE_LENGTH = 80;

function nameOf(source: { givenName: string; familyName: string }): string {
  return `${source.givenName} ${source.familyName}`;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= ACTION_TITLE_LENGTH ? line : `${line.slice(0, ACTION_TITLE_LENGTH - 1)}…`;
}

/** Every task one open case generates on `today` (before the show-ahead window is applied). */
export function tasksOfCase(source: CaseSource, today: string, policy: TaskDuePolicy): GeneratedTask[] {
  const name = nameOf(source);
  const base = { organisationId: source.organisationId, personId: source.personId, referralId: source.referralId };
  const caseLink = `/cases/${source.referralId}`;
  const tasks: GeneratedTask[] = [];

  const allocatedOn = londonDay(source.allocatedAt ?? source.createdAt);
  const lastContactOn = source.lastContactAt ? londonDay(source.lastContactAt) : null;
  const contactDue = contactDueOn({ allocatedOn, lastContactOn }, policy);
  tasks.push({
    ...base,
    sourceKey: `contact_due:${source.referralId}:${contactDue}`,
    kind: 'contact_due',
    title: lastContactOn ? `Contact ${name}` : `Make first contact with ${name}`,
    dueOn: contactDue,
    link: caseLink,
  });

  if (source.reviewDate) {
    tasks.push({
      ...base,
      sourceKey: `review_due:${source.referralId}:${source.reviewDate}`,
      kind: 'review_due',
      title: `Review ${name}'s care plan`,
      dueOn: source.reviewDate,
      link: `${caseLink}/care-plan`,
    });
  }

  for (const action of source.actions ?? []) {
    if (action.done || !action.dueDate) continue;
    tasks.push({
      ...base,
      sourceKey: `plan_action:${source.referralId}:${safeKeyPart(action.id)}-${action.dueDate}`,
      kind: 'plan_action',
      title: `${name}: ${shorten(action.text)}`,
      dueOn: action.dueDate,
      link: `${caseLink}/care-plan`,
    });
  }

  tasks.push(...measureTasks(source, name, today, policy));
  return tasks;
}

/**
 * Outcome measures the data says are missing: the baseline once the case is active; the review
 * measure once the plan's review date has come without a review measure since the last review
 * window opened. (Discharge measures are asked for on the discharge screen itself; Kith holds no
 * planned discharge date to make a task from.)
 */
function measureTasks(source: CaseSource, name: string, today: string, policy: TaskDuePolicy): GeneratedTask[] {
  const base = { organisationId: source.organisationId, personId: source.personId, referralId: source.referralId };
  const link = `/cases/${source.referralId}/outcomes`;
  const tasks: GeneratedTask[] = [];
  if (source.status === 'active' && !source.hasBaseline) {
    const dueOn = addDays(londonDay(source.activeAt ?? source.createdAt), policy.baselineWithinDays);
    tasks.push({
      ...base,
      sourceKey: `measure_due:${source.referralId}:baseline`,
      kind: 'measure_due',
      title: `Record ${name}'s baseline outcome measure`,
      dueOn,
      link,
    });
  }
  const reviewDate = source.reviewDate;
  if (reviewDate && reviewDate <= today) {
    // A review measure taken in the fortnight before the review date counts for it.
    const windowOpens = addDays(reviewDate, -policy.contactEveryDays);
    const taken = source.lastReviewMeasureAt !== null && londonDay(source.lastReviewMeasureAt) >= windowOpens;
    if (!taken) {
      tasks.push({
        ...base,
        sourceKey: `measure_due:${source.referralId}:review-${reviewDate}`,
        kind: 'measure_due',
        title: `Record ${name}'s review outcome measure`,
        dueOn: reviewDate,
        link,
      });
    }
  }
  return tasks;
}

/** Care-plan action ids are client-made strings; only key-safe characters go into a source key. */
function safeKeyPart(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^0-9a-z_]/g, '_')
    .slice(0, 28);
}

/** An onward referral still unanswered once the provider's acknowledgement window has passed. */
export function taskOfOnwardReferral(source: OnwardSource, today: string, policy: TaskDuePolicy): GeneratedTask | null {
  const dueOn = acknowledgementDueOn(source.sentAt, policy);
  if (dueOn > today) return null;
  return {
    sourceKey: `onward_unacknowledged:${source.onwardReferralId}`,
    kind: 'onward_unacknowledged',
    title: `Chase ${source.serviceName}: onward referral for ${nameOf(source)} not acknowledged`,
    dueOn,
    link: `/onward-referrals/${source.onwardReferralId}`,
    organisationId: source.organisationId,
    personId: source.personId,
    referralId: source.referralId,
  };
}

/**
 * Supervision, as the supervision module judges it (`supervisionStatus`): a task once it is due
 * or overdue, due on the day the interval ran out (today for a worker never supervised).
 */
export function taskOfSupervision(source: SupervisionSource, today: string, policy: TaskDuePolicy): GeneratedTask | null {
  const daysSince = source.lastSessionOn === null ? null : daysBetween(source.lastSessionOn, today);
  if (supervisionStatus(daysSince, policy.supervision) === 'ok') return null;
  const dueOn = source.lastSessionOn === null ? today : addDays(source.lastSessionOn, policy.supervision.dueAfterWeeks * 7);
  return {
    sourceKey: `supervision_due:${source.pcnId}:${source.lastSessionOn ?? 'never'}`,
    kind: 'supervision_due',
    title: source.lastSessionOn === null ? 'Arrange your first supervision session' : 'Arrange your next supervision session',
    dueOn,
    link: '/supervision',
    organisationId: source.pcnId,
    personId: null,
    referralId: null,
  };
}

/** All generated tasks from the sources, limited to those due within the show-ahead window. */
export function generateTasks(
  sources: { cases: CaseSource[]; onward: OnwardSource[]; supervision: SupervisionSource[] },
  today: string,
  policy: TaskDuePolicy,
): GeneratedTask[] {
  const all = [
    ...sources.cases.flatMap((source) => tasksOfCase(source, today, policy)),
    ...sources.onward.map((source) => taskOfOnwardReferral(source, today, policy)),
    ...sources.supervision.map((source) => taskOfSupervision(source, today, policy)),
  ];
  return all.filter((task): task is GeneratedTask => task !== null && isWithinShowAhead(task.dueOn, today, policy));
}
