import { HEALTHCARE_USE_AFTER_FIELDS, type HealthcareUse, type HealthcareUseInput, healthcareUseAfterFrom } from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import { requireActor } from '../../../access/org-scope.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, notFound } from '../../../errors.ts';
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
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'healthcare-use:record');
  const recorded = await findHealthcareUse(db, referralId);
  await recordAudit(db, ctx, { action: 'read', recordType: 'healthcare_use', recordId: referralId, via: scope?.via });
  return recorded ? toHealthcareUse(recorded, referral.createdAt) : emptyHealthcareUse(referralId, referral.createdAt);
}

/** Records (or corrects) the figures; a null figure means "not recorded" and is never filled in by the reports. */
export async function saveHealthcareUse(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  input: HealthcareUseInput,
  now: Date = new Date(),
): Promise<HealthcareUse> {
  const actor = requireActor(ctx);
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'healthcare-use:record');
  refuseAfterFiguresTooSoon(input, referral.createdAt, now);
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
  return toHealthcareUse(saved, referral.createdAt);
}

/**
 * "6 months after" figures cannot exist before the six months have passed: any given sooner is
 * refused (400), naming each field, with the day they can be entered from.
 */
function refuseAfterFiguresTooSoon(input: HealthcareUseInput, receivedAt: Date, now: Date): void {
  const from = healthcareUseAfterFrom(receivedAt);
  if (now.toISOString().slice(0, 10) >= from) return;
  const early = HEALTHCARE_USE_AFTER_FIELDS.filter((field) => input[field] !== null);
  if (early.length === 0) return;
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${from}T00:00:00Z`),
  );
  const message = `The 6 months after the referral have not passed yet: leave this blank until ${day}`;
  throw new AppError('validation', 'Check the highlighted fields', { issues: early.map((path) => ({ path, message })) });
}
