import {
  allowedTransitions,
  isClosedStatus,
  type Referral,
  type ReferralDetail,
  type ReferralReason,
  type ReferrerReferral,
} from '@kith/shared';
import type { ReferralAccess, ReferralRow } from './referral-access.ts';

/** The person as the referrer gave them, for the answer to the referral they just made. */
export type PersonAsSent = ReferrerReferral['person'];

/** One status change as read with its actor's name (see `referral-view-repository.ts`). */
export interface TransitionRow {
  referralId: string;
  fromStatus: Referral['status'] | null;
  toStatus: Referral['status'];
  reason: string | null;
  actorName: string | null;
  at: Date;
}

/** A referral row with what its view joins in: the person's key fields and the worker's name. */
export interface ReferralViewRow {
  referral: ReferralRow;
  person: Referral['person'];
  workerName: string | null;
}

/**
 * A referral as the care team sees it: reason codes with their labels (an unknown code shows as
 * itself), where it can go next, and the status history when `transitions` is given.
 */
export function toReferral(
  { referral: r, person, workerName }: ReferralViewRow,
  reasonOf: ReadonlyMap<string, Pick<ReferralReason, 'label' | 'snomedCode'>>,
  transitions?: readonly TransitionRow[],
): Referral {
  return {
    id: r.id,
    organisationId: r.organisationId,
    person,
    source: r.source,
    status: r.status,
    reasons: r.reasons.map((code) => {
      const known = reasonOf.get(code);
      return { code, label: known?.label ?? code, snomedCode: known?.snomedCode ?? null };
    }),
    notes: r.notes,
    urgency: r.urgency,
    complexity: r.complexity,
    riskFlags: r.riskFlags as Referral['riskFlags'],
    unverified: r.unverified,
    referrerUserId: r.referrerUserId,
    referrerName: r.referrerName,
    assignedWorkerId: r.assignedWorkerId,
    assignedWorkerName: workerName,
    failedContactAttempts: r.failedContactAttempts,
    consentToReferral: r.consentToReferral,
    consentToDataSharing: r.consentToDataSharing,
    consentRecordedAt: r.consentRecordedAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    allowedTransitions: [...allowedTransitions(r.status)],
    ...(transitions
      ? {
          transitions: transitions
            .filter((t) => t.referralId === r.id)
            .map((t) => ({
              from: previousState(t),
              to: t.toStatus,
              reason: t.reason,
              actorName: t.actorName,
              at: t.at.toISOString(),
            })),
        }
      : {}),
  };
}

/**
 * Shapes a referral for a caller with `access` (from `loadReferralFor` / `accessTo`): the team
 * gets the full view; a referrer only status, dates and whether the message back is ready, with
 * the person as they referred them. `personAsSent` replaces the stored person in the answer to a
 * new referral, so a referrer is never shown stored details they could not already read.
 */
export function presentReferral(view: Referral, access: ReferralAccess, personAsSent?: PersonAsSent): ReferralDetail {
  if (access === 'team') return { ...view, access: 'team' };
  const closed = isClosedStatus(view.status);
  const ending = closed ? view.transitions?.findLast((t) => t.to === view.status) : undefined;
  return {
    access: 'referrer',
    id: view.id,
    person: personAsSent ?? {
      givenName: view.person.givenName,
      familyName: view.person.familyName,
      nhsNumber: view.person.nhsNumber,
      dateOfBirth: view.person.dateOfBirth,
    },
    source: view.source,
    status: view.status,
    reasons: view.reasons,
    referrerName: view.referrerName,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    // Nothing changes a closed referral, so its last update is when it ended.
    closedAt: closed ? (ending?.at ?? view.updatedAt) : null,
    ...(view.transitions ? { transitions: view.transitions.map(({ from, to, at }) => ({ from, to, at })) } : {}),
    messageBackReady: closed,
  };
}

/**
 * The state a history row moved from. Referrals received before first rows were written without
 * one recorded their arrival as received → received; nothing else can move into received, so
 * that row is the arrival and has no previous state.
 */
function previousState(t: { fromStatus: Referral['status'] | null; toStatus: Referral['status'] }): Referral['status'] | null {
  return t.fromStatus === 'received' && t.toStatus === 'received' ? null : t.fromStatus;
}
