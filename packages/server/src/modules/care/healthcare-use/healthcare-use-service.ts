import type { HealthcareUse, HealthcareUseInput } from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import { requireActor } from '../../../access/org-scope.ts';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { loadReferralFor } from '../../referrals/referral-access.ts';
import { findHealthcareUse, upsertHealthcareUse } from './healthcare-use-repository.ts';
import { emptyHealthcareUse, toHealthcareUse } from './healthcare-use-view.ts';

/**
 * GP consultations and A&E attendances six months before and after a referral, recorded by the
 * care team from the GP record. It is usually recorded months after discharge, so a closed
 * episode is no bar. The referral gate (`loadReferralFor`) answers 404 outside the caller's scope.
 */
export async function getHealthcareUse(db: Db, ctx: RequestContext, referralId: string): Promise<HealthcareUse> {
  const { scope } = await loadReferralFor(db, ctx, referralId, 'healthcare-use:record');
  const recorded = await findHealthcareUse(db, referralId);
  await recordAudit(db, ctx, { action: 'read', recordType: 'healthcare_use', recordId: referralId, via: scope?.via });
  return recorded ? toHealthcareUse(recorded) : emptyHealthcareUse(referralId);
}

/** Records (or corrects) the figures; a null figure means "not recorded" and is never filled in by the reports. */
export async function saveHealthcareUse(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  input: HealthcareUseInput,
): Promise<HealthcareUse> {
  const actor = requireActor(ctx);
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'healthcare-use:record');
  await db.transaction(async (tx) => {
    const before = await findHealthcareUse(tx, referralId);
    await upsertHealthcareUse(tx, {
      referralId,
      personId: referral.personId,
      ...input,
      recordedBy: actor.userId,
      recordedAt: new Date(),
    });
    const fields = Object.keys(input) as (keyof HealthcareUseInput)[];
    await recordAudit(tx, ctx, {
      action: before ? 'update' : 'create',
      recordType: 'healthcare_use',
      recordId: referralId,
      via: scope?.via,
      // Field names only: the figures themselves are health data.
      detail: { changed: before ? fields.filter((f) => before.use[f] !== input[f]) : fields.filter((f) => input[f] !== null) },
    });
  });
  const saved = await findHealthcareUse(db, referralId);
  if (!saved) throw notFound('Healthcare use');
  return toHealthcareUse(saved);
}
