import { allowedTransitions, canTransition, isClosedStatus, REFERRAL_STATUS_LABELS, type ReferralStatus } from '@kith/shared';
import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { queueGpDocument } from '../gp-record/gp-document-queue.ts';
import { notifyMessageBackReady } from '../notifications/notification-events.ts';
import type { ReferralRow } from './referral-access.ts';
import { insertTransition, type ReferralChanges, statusOf, updateReferralIfUnchanged } from './referral-repository.ts';

/** A referral moving to `to`, as the caller read it, with why and through which membership. */
export interface StatusChange {
  referral: ReferralRow;
  to: ReferralStatus;
  reason: string | null;
  /** Other columns written with the new status (the assignee, the triage or discharge details). */
  set?: ReferralChanges;
  via?: ActorMembership | undefined;
  /** The referral has just been created: its first history row has no previous state. */
  first?: boolean;
}

/**
 * The one way a referral changes state: checks the state machine (409 listing the allowed next
 * states), updates the row with any extra columns, records who/when/why, and audits — all in
 * the caller's transaction. An ending (see CLOSED_STATUSES) also produces the message back to
 * the referrer, in the same transaction: its facts (what, when, why) are the closing transition
 * written here, and `GET /api/referrals/:id/message-back` answers from then on.
 */
export async function changeStatus(tx: DbOrTx, ctx: RequestContext, change: StatusChange): Promise<void> {
  const { referral, to, via } = change;
  if (!canTransition(referral.status, to)) {
    const allowed = allowedTransitions(referral.status);
    throw new AppError(
      'conflict',
      `A referral that is ${REFERRAL_STATUS_LABELS[referral.status].toLowerCase()} cannot become ${REFERRAL_STATUS_LABELS[to].toLowerCase()}` +
        (allowed.length
          ? `; it can become: ${allowed.map((s) => REFERRAL_STATUS_LABELS[s].toLowerCase()).join(', ')}`
          : '; it is closed'),
      { allowed: [...allowed] },
    );
  }
  // Compare-and-set on the status and the assignee that were read: if someone else moved,
  // allocated or reassigned the referral since, nothing is written and the caller is told,
  // instead of one change overwriting another.
  if (!(await updateReferralIfUnchanged(tx, referral, { ...change.set, status: to }))) {
    throw await changedMeanwhile(tx, referral.id);
  }
  await recordTransition(tx, ctx, change);
  if (isClosedStatus(to)) {
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'message_back',
      recordId: referral.id,
      via,
      detail: { ending: to, referrerUserId: referral.referrerUserId },
    });
    if (referral.referrerUserId) await notifyMessageBackReady(tx, ctx, referral.id, referral.referrerUserId);
    // The message back also goes into the person's GP record (every ending but closed in error).
    await queueGpDocument(tx, ctx, referral, to);
  }
}

/** The 409 for a compare-and-set that found the referral changed, with where it can go now. */
export async function changedMeanwhile(tx: DbOrTx, referralId: string): Promise<AppError> {
  const now = await statusOf(tx, referralId);
  return new AppError('conflict', 'The referral changed while you were working on it: reload it and try again.', {
    allowed: now ? [...allowedTransitions(now)] : [],
  });
}

/** Writes the history row and the audit event for a status change (or a same-state reassignment). */
export async function recordTransition(
  tx: DbOrTx,
  ctx: RequestContext,
  { referral, to, reason, via, first }: Omit<StatusChange, 'set'>,
): Promise<void> {
  const fromStatus = first ? null : referral.status;
  await insertTransition(tx, {
    referralId: referral.id,
    fromStatus,
    toStatus: to,
    actorUserId: ctx.actor?.userId ?? null,
    reason,
  });
  await recordAudit(tx, ctx, {
    action: 'state_change',
    recordType: 'referral',
    recordId: referral.id,
    via,
    detail: { from: fromStatus, to },
  });
}
