/**
 * Every kind of notification Kith raises (server modules/notifications). The in-app notification is
 * always kept; what varies per user and kind is whether it is also emailed at once, gathered into
 * a daily digest, or not emailed. Emails are written from the kind alone (never from the in-app
 * title), so they carry no names or NHS numbers.
 */
export const NOTIFICATION_KINDS = [
  'safeguarding_raised',
  'safeguarding_acknowledged',
  'referral_queued',
  'referral_allocated',
  'onward_received',
  'onward_updated',
  'onward_note',
  'onward_unacknowledged',
  'message_back_ready',
  'plan_action_due',
  'review_due',
  'supervision_due',
  'caseload_pressure',
  'event_invitation',
  'event_reminder',
  'task_assigned',
] as const;
/** One of {@link NOTIFICATION_KINDS}. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a kind of notification is emailed to one user. */
export const NOTIFICATION_EMAIL_CHOICES = ['immediate', 'digest', 'off'] as const;
export type NotificationEmailChoice = (typeof NOTIFICATION_EMAIL_CHOICES)[number];

/** Short names for the settings page and the digest ("3 × A referral was allocated to you"). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  safeguarding_raised: 'A safeguarding concern is raised',
  safeguarding_acknowledged: 'A safeguarding concern is acknowledged',
  referral_queued: 'A referral arrives in your PCN’s queue',
  referral_allocated: 'A referral is allocated to you',
  onward_received: 'An onward referral is received',
  onward_updated: 'An onward referral you sent changes state',
  onward_note: 'A note is written on an onward referral',
  onward_unacknowledged: 'An onward referral is not yet acknowledged',
  message_back_ready: 'A message back is ready',
  plan_action_due: 'A care-plan action is due or overdue',
  review_due: 'A care-plan review is due',
  supervision_due: 'Supervision is due',
  caseload_pressure: 'A caseload is over its weighted capacity',
  event_invitation: 'You are invited to a community event',
  event_reminder: 'A community event is coming up',
  task_assigned: 'A task is assigned to you',
};

/**
 * Email subjects, written from the kind alone: no names, no NHS numbers, nothing from the record.
 * Each completes "Kith: …".
 */
export const NOTIFICATION_EMAIL_SUBJECTS: Record<NotificationKind, string> = {
  safeguarding_raised: 'a safeguarding concern needs your attention',
  safeguarding_acknowledged: 'a safeguarding concern has been acknowledged',
  referral_queued: 'a new referral is waiting in the queue',
  referral_allocated: 'a referral has been allocated to you',
  onward_received: 'you have received an onward referral',
  onward_updated: 'an onward referral you sent has changed',
  onward_note: 'a new note on an onward referral',
  onward_unacknowledged: 'an onward referral has not been acknowledged',
  message_back_ready: 'a message back is ready',
  plan_action_due: 'a care-plan action is due',
  review_due: 'a care-plan review is due',
  supervision_due: 'supervision is due',
  caseload_pressure: 'a caseload is over capacity',
  event_invitation: 'you are invited to a community event',
  event_reminder: 'a community event is coming up',
  task_assigned: 'a task has been assigned to you',
};

/**
 * Email choice for a user who has not chosen: urgent or personal things at once, the rest in the
 * digest. Community events are 'off' by default because the community already emails each
 * invitation and reminder with the event's details.
 */
export const NOTIFICATION_DEFAULT_EMAIL: Record<NotificationKind, NotificationEmailChoice> = {
  safeguarding_raised: 'immediate',
  safeguarding_acknowledged: 'immediate',
  referral_queued: 'digest',
  referral_allocated: 'immediate',
  onward_received: 'immediate',
  onward_updated: 'digest',
  onward_note: 'digest',
  onward_unacknowledged: 'digest',
  message_back_ready: 'immediate',
  plan_action_due: 'digest',
  review_due: 'digest',
  supervision_due: 'digest',
  caseload_pressure: 'digest',
  event_invitation: 'off',
  event_reminder: 'off',
  task_assigned: 'digest',
};

/** Kinds whose email cannot be turned off (safeguarding): 'off' is refused for them. */
export const MANDATORY_KINDS: readonly NotificationKind[] = ['safeguarding_raised', 'safeguarding_acknowledged'];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isMandatoryKind(kind: NotificationKind): boolean {
  return MANDATORY_KINDS.includes(kind);
}
