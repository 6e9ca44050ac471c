import type { CreateReferralReasonRequest, ReferralReason } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { activeReasons, findReason, insertReason } from './referral-reason-repository.ts';
import { toReferralReason } from './referral-reason-view.ts';

export async function listReasons(db: Db, ctx: RequestContext): Promise<ReferralReason[]> {
  requireActor(ctx);
  return (await activeReasons(db)).map(toReferralReason);
}

/** Admins extend the coded list; codes are permanent (retire, never rename). */
export async function addReason(db: Db, ctx: RequestContext, input: CreateReferralReasonRequest): Promise<ReferralReason> {
  const scope = await scopeFor(db, ctx, 'reasons:manage');
  return db.transaction(async (tx) => {
    if (await findReason(tx, input.code)) throw conflict(`The reason code ${input.code} already exists`);
    const reason = await insertReason(tx, { code: input.code, label: input.label, snomedCode: input.snomedCode ?? null });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'referral_reason', recordId: input.code, via: scope.via });
    return toReferralReason(reason);
  });
}
