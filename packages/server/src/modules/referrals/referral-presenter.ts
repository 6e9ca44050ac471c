import { isClosedStatus, type Referral, type ReferralDetail, type ReferrerReferral } from '@kith/shared';
import type { ReferralAccess } from './referral-access.ts';

/** The person as the referrer gave them, for the answer to the referral they just made. */
export type PersonAsSent = ReferrerReferral['person'];

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
