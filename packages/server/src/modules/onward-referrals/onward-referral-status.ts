import {
  allowedTaskMoves,
  type BusinessStatusChange,
  type OnwardReferralStatusChange,
  OPEN_TASK_STATUSES,
  TASK_STATUS_LABELS,
  type TaskSide,
  type TaskStatus,
  taskMoveNeedsReason,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { insertOnwardNote } from './onward-referral-notes-repository.ts';
import { notifyMoved } from './onward-referral-notifications.ts';
import { loadForCareTeam, loadForProvider } from './onward-referral-policy.ts';
import {
  findOnwardReferral,
  insertOnwardEvent,
  type NamedOnwardReferral,
  updateBusinessStatusIfVersion,
  updateIfStatus,
} from './onward-referral-repository.ts';

/** Moves that answer the referral: the first of them is the provider's acknowledgement. */
const ACKNOWLEDGING: readonly TaskStatus[] = ['accepted', 'rejected'];

function loadForSide(db: Db, ctx: RequestContext, id: string, side: TaskSide) {
  return side === 'provider' ? loadForProvider(db, ctx, id) : loadForCareTeam(db, ctx, id, 'onward:send');
}

function assertMove(from: TaskStatus, to: TaskStatus, side: TaskSide): void {
  const allowed = allowedTaskMoves(from, side);
  if (!allowed.includes(to)) {
    throw new AppError(
      'conflict',
      `Cannot move from "${TASK_STATUS_LABELS[from]}" to "${TASK_STATUS_LABELS[to]}"` +
        (allowed.length ? `; it can move to: ${allowed.map((s) => `"${TASK_STATUS_LABELS[s]}"`).join(', ')}` : ''),
      { allowed },
    );
  }
}

/**
 * The one way an onward referral changes state, for either side: checked against the FHIR Task
 * moves that side may make (409 listing them), a reason where the move needs one (400 naming
 * `reason`), a compare-and-set on the status that was read, then the event, the note (kept on
 * the event and, as what one side wrote to the other, in the conversation), the other side's
 * notification and the audit row in the same transaction.
 */
export async function changeOnwardReferralStatus(
  db: Db,
  ctx: RequestContext,
  { id, change: input, side }: { id: string; change: OnwardReferralStatusChange; side: TaskSide },
): Promise<NamedOnwardReferral> {
  const actor = requireActor(ctx);
  const { referral, via } = await loadForSide(db, ctx, id, side);
  const from = referral.row.status;
  assertMove(from, input.status, side);
  const reason = input.reason?.trim() || null;
  const note = input.note?.trim() || null;
  if (taskMoveNeedsReason(input.status) && !reason) {
    throw validationError('reason', `Say why the referral is ${TASK_STATUS_LABELS[input.status].toLowerCase()}`);
  }
  const now = new Date();
  // Business status is the provider's sub-state; the requester side only ever cancels.
  const businessStatus =
    side === 'provider' && input.businessStatus !== undefined ? { businessStatus: input.businessStatus } : {};
  await db.transaction(async (tx) => {
    const updated = await updateIfStatus(tx, id, from, {
      status: input.status,
      statusReason: reason,
      ...businessStatus,
      ...(ACKNOWLEDGING.includes(input.status) && !referral.row.acknowledgedAt ? { acknowledgedAt: now } : {}),
    });
    if (!updated) {
      // Someone else moved it since it was read: judge the request against where it is now.
      const current = await findOnwardReferral(tx, id);
      if (!current) throw notFound('Onward referral');
      assertMove(current.row.status, input.status, side);
      throw new AppError('conflict', 'The referral changed while you were working on it: reload it and try again.', {
        allowed: allowedTaskMoves(current.row.status, side),
      });
    }
    await insertOnwardEvent(tx, {
      onwardReferralId: id,
      fromStatus: from,
      toStatus: input.status,
      businessStatus: updated.businessStatus,
      reason,
      note,
      side,
      actorUserId: actor.userId,
      at: now,
    });
    if (note) await insertOnwardNote(tx, { onwardReferralId: id, side, authorUserId: actor.userId, body: note, createdAt: now });
    await notifyMoved(
      tx,
      updated,
      { side, from, to: input.status, version: updated.version, withNote: note !== null },
      actor.userId,
      now,
    );
    await recordAudit(tx, ctx, {
      action: 'state_change',
      recordType: 'onward_referral',
      recordId: id,
      via,
      detail: { from, to: input.status, side },
    });
  });
  return reloaded(db, id);
}

/**
 * A provider's sub-state (e.g. on the waiting list) without a state change. Guarded by the
 * version read, so an update made meanwhile is not silently overwritten.
 */
export async function changeBusinessStatus(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: BusinessStatusChange,
): Promise<NamedOnwardReferral> {
  const actor = requireActor(ctx);
  const { referral, via } = await loadForProvider(db, ctx, id);
  const { row } = referral;
  if (!OPEN_TASK_STATUSES.includes(row.status)) {
    throw new AppError('conflict', `The referral is ${TASK_STATUS_LABELS[row.status].toLowerCase()}: it is closed`, {
      allowed: [],
    });
  }
  const now = new Date();
  await db.transaction(async (tx) => {
    const updated = await updateBusinessStatusIfVersion(tx, id, {
      version: row.version,
      businessStatus: input.businessStatus,
      at: now,
    });
    if (!updated) {
      throw new AppError('conflict', 'The referral changed while you were working on it: reload it and try again.');
    }
    await insertOnwardEvent(tx, {
      onwardReferralId: id,
      fromStatus: row.status,
      toStatus: row.status,
      businessStatus: input.businessStatus,
      note: input.note || null,
      side: 'provider',
      actorUserId: actor.userId,
      at: now,
    });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'onward_referral',
      recordId: id,
      via,
      detail: { businessStatus: input.businessStatus },
    });
  });
  return reloaded(db, id);
}

async function reloaded(db: Db, id: string): Promise<NamedOnwardReferral> {
  const referral = await findOnwardReferral(db, id);
  if (!referral) throw notFound('Onward referral');
  return referral;
}
