/**
 * Closed-loop onward referrals follow the FHIR Task state machine as profiled by the Gravity
 * SDOH Clinical Care IG for service referrals (https://hl7.org/fhir/us/sdoh-clinicalcare/):
 * requested → accepted | rejected; accepted → in-progress ⇄ on-hold → completed | failed; and
 * cancelled from any open state, by either side. Codes are FHIR's TaskStatus codes verbatim.
 */
export const TASK_STATUSES = [
  'requested',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'completed',
  'failed',
  'cancelled',
] as const;
/** One of {@link TASK_STATUSES}. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Allowed next states. Terminal states (rejected, completed, failed, cancelled) allow nothing. */
export const TASK_TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  requested: ['accepted', 'rejected', 'cancelled'],
  accepted: ['in-progress', 'failed', 'cancelled'],
  'in-progress': ['on-hold', 'completed', 'failed', 'cancelled'],
  'on-hold': ['in-progress', 'failed', 'cancelled'],
  rejected: [],
  completed: [],
  failed: [],
  cancelled: [],
};

/** Moves that must say why (FHIR Task.statusReason). */
export const TASK_STATUSES_NEEDING_REASON: readonly TaskStatus[] = ['rejected', 'on-hold', 'failed', 'cancelled'];

/** The side of the referral making a change. The requester (the link worker) may only cancel. */
export type TaskSide = 'requester' | 'provider';

/** States each side may move a referral into. */
export const TASK_MOVES_BY_SIDE: Record<TaskSide, readonly TaskStatus[]> = {
  requester: ['cancelled'],
  provider: ['accepted', 'rejected', 'in-progress', 'on-hold', 'completed', 'failed', 'cancelled'],
};

/** States in which the referral is still open (not finished either way). */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['requested', 'accepted', 'in-progress', 'on-hold'];

/** Human-readable names, as a link worker or provider would say them. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  requested: 'Sent, awaiting reply',
  accepted: 'Accepted',
  rejected: 'Not accepted',
  'in-progress': 'Started',
  'on-hold': 'On hold',
  completed: 'Completed',
  failed: 'Did not go ahead',
  cancelled: 'Cancelled',
};

/**
 * Local sub-states carried as FHIR Task.businessStatus: where a referral is within its state,
 * without changing the state itself.
 */
export const TASK_BUSINESS_STATUSES = [
  'contact_attempted',
  'contact_made',
  'on_waiting_list',
  'first_session_booked',
  'attending',
  'awaiting_information',
] as const;
/** One of {@link TASK_BUSINESS_STATUSES}. */
export type TaskBusinessStatus = (typeof TASK_BUSINESS_STATUSES)[number];

export const TASK_BUSINESS_STATUS_LABELS: Record<TaskBusinessStatus, string> = {
  contact_attempted: 'Contact attempted',
  contact_made: 'Contact made',
  on_waiting_list: 'On waiting list',
  first_session_booked: 'First session booked',
  attending: 'Attending',
  awaiting_information: 'Awaiting information',
};

/** The states `from` may move to, as seen by `side`. */
export function allowedTaskMoves(from: TaskStatus, side: TaskSide): TaskStatus[] {
  return TASK_TRANSITIONS[from].filter((to) => TASK_MOVES_BY_SIDE[side].includes(to));
}

/** Whether a move into `to` must carry a reason. */
export function taskMoveNeedsReason(to: TaskStatus): boolean {
  return TASK_STATUSES_NEEDING_REASON.includes(to);
}
