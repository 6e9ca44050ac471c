import type { TaskStatus } from '@kith/shared';
import type { PathStep, Paths } from './state-paths.ts';

/**
 * The ways a synthetic onward referral goes, each a path through TASK_TRANSITIONS
 * (packages/shared/src/rules/task-states.ts) with each move made by a side allowed to make it
 * (TASK_MOVES_BY_SIDE). Time columns of the onward plan: `sent`, `answer`, `start_at`, `hold`,
 * `resume`, `finish`.
 */
export const ONWARD_KINDS = [
  'rejected',
  'cancelled_waiting',
  'completed',
  'failed_before_start',
  'cancelled_before_start',
  'failed_after_start',
  'paused_completed',
  'paused_cancelled',
] as const;
export type OnwardKind = (typeof ONWARD_KINDS)[number];

/** Shares of the onward referrals that are not rejected (adds up to 1); rejection depends on the service's capacity. */
export const ONWARD_KIND_SHARES: Record<Exclude<OnwardKind, 'rejected'>, number> = {
  cancelled_waiting: 0.04,
  completed: 0.6,
  failed_before_start: 0.07,
  cancelled_before_start: 0.03,
  failed_after_start: 0.09,
  paused_completed: 0.11,
  paused_cancelled: 0.06,
};

const requested: PathStep<TaskStatus> = { status: 'requested', at: 'sent', side: 'requester' };
const accepted: PathStep<TaskStatus> = { status: 'accepted', at: 'answer', side: 'provider' };
const started: PathStep<TaskStatus> = { status: 'in-progress', at: 'start_at', side: 'provider' };
const paused: PathStep<TaskStatus> = { status: 'on-hold', at: 'hold', side: 'provider', reason: 'Person unwell; paused for now' };
const completed: PathStep<TaskStatus> = { status: 'completed', at: 'finish', side: 'provider' };

export const ONWARD_PATHS: Paths<TaskStatus> & Record<OnwardKind, PathStep<TaskStatus>[]> = {
  rejected: [requested, { status: 'rejected', at: 'answer', side: 'provider', reason: 'No places at the moment' }],
  cancelled_waiting: [
    requested,
    { status: 'cancelled', at: 'answer', side: 'requester', reason: 'Person no longer wants to go' },
  ],
  completed: [requested, accepted, started, completed],
  failed_before_start: [
    requested,
    accepted,
    { status: 'failed', at: 'start_at', side: 'provider', reason: 'Person did not come to the first session' },
  ],
  cancelled_before_start: [
    requested,
    accepted,
    { status: 'cancelled', at: 'start_at', side: 'requester', reason: 'Person found something closer to home' },
  ],
  failed_after_start: [
    requested,
    accepted,
    started,
    { status: 'failed', at: 'finish', side: 'provider', reason: 'Person stopped coming' },
  ],
  paused_completed: [requested, accepted, started, paused, { status: 'in-progress', at: 'resume', side: 'provider' }, completed],
  paused_cancelled: [
    requested,
    accepted,
    started,
    paused,
    { status: 'cancelled', at: 'resume', side: 'provider', reason: 'Person moved away' },
  ],
};
