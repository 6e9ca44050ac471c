import { allowedTransitions, type CarePlan, type ReferralStatus, type SaveCarePlanRequest } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { loadReferralFor } from '../referrals/referral-access.ts';
import { findCarePlan, insertFirstVersion, insertVersionSnapshot, replaceAtVersion } from './care-plan-repository.ts';
import { assertEpisodeOpen, auditVia } from './care-policy.ts';
import { emptyCarePlan, toCarePlan } from './care-view.ts';
import { lockReferralStatus } from './episode-repository.ts';

/** The referral's care plan, for the care team only (referrers get the message back); version 0 when none has been saved. */
export async function getCarePlan(db: Db, ctx: RequestContext, referralId: string): Promise<CarePlan> {
  const { scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  const saved = await findCarePlan(db, referralId);
  const plan = saved ? toCarePlan(saved.plan, saved.updatedByName) : emptyCarePlan(referralId);
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'care_plan',
    recordId: referralId,
    via: auditVia(ctx, scope),
    detail: { version: plan.version },
  });
  return plan;
}

/**
 * Saves the whole plan if nobody has saved since the editor's `baseVersion` (optimistic
 * concurrency). The loser of a race is told who won and that their edit was not saved; the
 * winner's plan is kept, and every saved version is kept in `care_plan_versions`.
 */
export async function saveCarePlan(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  input: SaveCarePlanRequest,
): Promise<CarePlan> {
  const actor = requireActor(ctx);
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  assertEpisodeOpen(referral.status, 'its care plan');
  const { baseVersion, ...content } = input;
  const saved = await db.transaction(async (tx) => {
    const status = await lockReferralStatus(tx, referralId);
    if (!status) throw notFound('Referral');
    assertEpisodeOpen(status, 'its care plan');
    const save = { referralId, content, userId: actor.userId };
    const row = baseVersion === 0 ? await insertFirstVersion(tx, save) : await replaceAtVersion(tx, { ...save, baseVersion });
    if (!row) return undefined;
    await insertVersionSnapshot(tx, row);
    await recordAudit(tx, ctx, {
      action: row.version === 1 ? 'create' : 'update',
      recordType: 'care_plan',
      recordId: referralId,
      via: auditVia(ctx, scope),
      detail: { version: row.version, goals: row.goals.length, actions: row.actions.length },
    });
    return row;
  });
  if (!saved) throw await staleVersionConflict(db, referralId, baseVersion, referral.status);
  return toCarePlan(saved, actor.displayName);
}

/** 409 for a save based on an old version; `allowed` lists where the (still open) referral can go next. */
async function staleVersionConflict(db: Db, referralId: string, baseVersion: number, status: ReferralStatus) {
  const current = await findCarePlan(db, referralId);
  const reapply = 'Your changes have not been saved: copy them, reload the plan and apply them again.';
  const allowed = [...allowedTransitions(status)];
  if (!current) {
    return new AppError(
      'conflict',
      `This plan has not been saved yet, but your edit was based on version ${baseVersion}. ${reapply}`,
      { allowed },
    );
  }
  const by = current.updatedByName ?? 'a former user';
  return new AppError(
    'conflict',
    `Someone else saved this plan since you opened it (version ${current.plan.version} by ${by}). ${reapply}`,
    { allowed },
  );
}
